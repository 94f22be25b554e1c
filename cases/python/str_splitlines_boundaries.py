# case: str.splitlines splits at every line boundary CPython knows (\n, \r, \r\n, \v, \f,
#   \x1c-\x1e, \x85, \u2028, \u2029); keepends positional or keyword (an int before 3.12,
#   any object's truth from 3.12), as list.sort's reverse.
# tags: python
def lines(text, keep=False):
    yield from text.splitlines(keep)


text = "Alpha\n  delta\r\nzeta\x0bETA\x1cx\x1dy\x1ez\x0cw\x85v\u2028u\u2029t\rs"
print(list(lines(text)))
print(list(lines(text, True)))
print("x\n".splitlines(keepends=True), "".splitlines(), "\n".splitlines(), "a\r".splitlines(2))


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: "a\nb".splitlines("x"))
show(lambda: "a\nb".splitlines(keepends=1.5))
show(lambda: "a\nb".splitlines(None))
show(lambda: sorted([2, 1, 3], reverse=[1]))
