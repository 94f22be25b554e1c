# case: throw() into a generator that is inside an `except` block and delegates to a genexp:
#   the genexp ends with the thrown exception. On CPython 3.9-3.11 the exception that reaches
#   the caller has lost the traceback entries of the frames it left (chaining it to the handled
#   KeyError drops the pending traceback), so the genexp's iterator is finalised at once and
#   the traceback has fewer lines; 3.8 and 3.12+ keep them (a variant of a fuzzer finding).
# tags: throw yield_from genexp finalization exceptions
class E0(Exception):
    pass

def inner():
    try:
        yield 1
    finally:
        print("inner finally")

def outer():
    try:
        raise KeyError("k")
    except KeyError:
        yield from (v for v in inner())

def lines(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out

o = outer()
next(o)
try:
    o.throw(E0)
except E0 as e:
    print("caught", type(e.__context__).__name__, lines(e.__traceback__))
print("after")
