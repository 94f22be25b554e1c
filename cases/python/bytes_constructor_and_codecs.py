# case: bytes() as bytes_new builds it (a str needs an encoding, an int or __index__ is a
#   count of zero bytes, a negative one is a ValueError, items must be ints in range(256));
#   str.encode / bytes.decode honour the encoding (UTF-8, ASCII, Latin-1 and their aliases)
#   and the ignore/replace/xmlcharrefreplace/backslashreplace handlers.
# tags: python
class I:
    def __index__(self):
        return 3

def gen():
    yield 104
    yield 105

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: bytes(gen()))
show(lambda: bytes(I()))
show(lambda: bytes(3))
show(lambda: bytes(-1))
show(lambda: bytes(2**70))
show(lambda: bytes("abc"))
show(lambda: bytes("abc", "ascii"))
show(lambda: bytes("é", "utf-8"))
show(lambda: bytes("é", "latin-1"))
show(lambda: bytes("é", encoding="ascii", errors="replace"))
show(lambda: bytes("é€", "latin1", "xmlcharrefreplace"))
show(lambda: bytes("é€", "ASCII", "backslashreplace"))
show(lambda: bytes("é", "ascii", "ignore"))
show(lambda: bytes([1, 2, 300]))
show(lambda: bytes([1.0]))
show(lambda: bytes([True, I()]))
show(lambda: bytes([2**70]))
show(lambda: bytes(1.5))
show(lambda: bytes(None))
show(lambda: bytes(encoding="utf-8"))
show(lambda: bytes(3, "utf-8"))
show(lambda: bytes(b"xy"))
show(lambda: "héllo".encode())
show(lambda: "héllo".encode("latin-1"))
show(lambda: "héllo".encode("UTF8"))
show(lambda: "h€".encode("ascii", "replace"))
show(lambda: "h€".encode(errors="ignore"))
show(lambda: b"h\xe9".decode("latin-1"))
show(lambda: b"h\xc3\xa9".decode())
show(lambda: b"h\xc3\xa9".decode("utf_8"))
show(lambda: b"h\xe9".decode("ascii", "replace") == "h\ufffd")
show(lambda: b"h\xe9".decode("ascii", "ignore"))
show(lambda: b"h\xe9".decode("utf-8", "replace") == "h\ufffd")
show(lambda: b"abc".decode(encoding="us-ascii"))
