# case: str whitespace as CPython defines it (_PyUnicode_IsWhitespace: \x1c-\x1f, \x85, the space
#   separators) in isspace/strip/split/rsplit, what int()/float() strip (ASCII whitespace and
#   non-ASCII str whitespace, not \x1c), the repr of the space separators, and the ASCII digit
#   predicates over generator output.
# tags: python generator
def samples():
    yield "123"
    yield ""
    yield "12a"
    yield "abc"
    yield " 1"
    yield "x\x1cy"
for t in samples():
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isspace())
print("\x1c\x1d\x1e\x1f".isspace(), "\x85\xa0\u3000".isspace(), "\u200b".isspace(), "\x1c a \x1f".strip(), "a\x1cb\u3000c".split())
print(" \u2028x\u2029 ".strip(), "x\u200by".split(), "\x0b\x0c".isspace(), "a\x1db".rsplit(None, 1))
print(int("\x0c 12\u3000"), float("\u2003 2.5\x1f"), "a\u3000b\u3000c".rsplit(None, 1), "é\u3000ü x".rsplit(maxsplit=1))
print(repr(int.__name__))
try:
    int("\x1c1")
except ValueError as e:
    print(e)
print(repr("\u2003\u3000\xa0\x85"))
