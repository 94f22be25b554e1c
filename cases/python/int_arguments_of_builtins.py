# case: Integer arguments of built-in methods as CPython converts them: __index__ objects
#   are taken, floats and strs are TypeErrors, ints beyond 64 bits overflow (list.insert,
#   list.pop, str.replace count, zfill/ljust/center width, split maxsplit, enumerate start,
#   int base, round ndigits, expandtabs); str.find/count/startswith and list.index honour
#   start/end (slice bounds: None allowed for str methods, huge ints clipped).
# tags: python
class I:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


def gen():
    yield from "abc"


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: list(enumerate(gen(), 1.5)))
show(lambda: list(enumerate(gen(), "x")))
show(lambda: list(enumerate(gen(), I(5))))
show(lambda: list(enumerate(gen(), start=True)))
L = list(gen())
show(lambda: L.insert(1.0, "x"))
show(lambda: L.insert(I(1), "y") or L)
show(lambda: L.insert(2**70, "z") or L)
show(lambda: L.pop(1.0))
show(lambda: L.pop(I(0)))
show(lambda: L.pop(2**70))
show(lambda: "a-b-c".replace("-", "+", 1.0))
show(lambda: "a-b-c".replace("-", "+", I(1)))
show(lambda: "a-b-c".replace("-", "+", 2**70))
show(lambda: "7".zfill(2.0))
show(lambda: "7".zfill(I(3)))
show(lambda: "7".rjust("3"))
show(lambda: "7".center(I(3), "*"))
show(lambda: "7".ljust(2**70))
show(lambda: "a b c".split(None, 1.0))
show(lambda: "a b c".split(maxsplit=I(1)))
show(lambda: "a b c".rsplit(" ", 2**70))
show(lambda: int("10", 2.0))
show(lambda: int("10", I(2)))
show(lambda: int("10", base=2**70))
show(lambda: round(2.567, I(1)))
show(lambda: round(2.567, 1.0))
show(lambda: round(123456789012345678, -2))
show(lambda: round(125, -1))
show(lambda: round(135, -1))
show(lambda: round(-125, -1))
show(lambda: round(10**30 + 5 * 10**10, -11))
show(lambda: round(7, -100))
show(lambda: round(15, I(-1)))
show(lambda: "a\tb".expandtabs(2.0))
show(lambda: "a\tb".expandtabs(I(4)))
show(lambda: "a\tb".expandtabs(2**40))
show(lambda: "abcdef".find("c", I(1)))
show(lambda: "abcdef".find("c", 1.0))
show(lambda: "abcdef".find("c", None, 2))
show(lambda: "abcdef".rfind("c", -4, 2**70))
show(lambda: "abcdef".index("c", None, I(4)))
show(lambda: "abc".find("", 3))
show(lambda: "abc".find("", 4))
show(lambda: "abc".find(1))
show(lambda: "abcabc".count("b", 2))
show(lambda: "abcabc".count("", 2, 4))
show(lambda: "abc".count("", 5))
show(lambda: "abc".startswith("b", I(1)))
show(lambda: "abc".startswith("", 3))
show(lambda: "abc".startswith("", 4))
show(lambda: "abc".endswith("b", 0, 2.0))
show(lambda: "abc".endswith(("x", "b"), 0, -1))
show(lambda: [1, 2, 3].index(2, 1.0))
show(lambda: [1, 2, 3].index(2, None))
show(lambda: [1, 2, 3].index(2, I(0), I(3)))
show(lambda: [1, 2, 3, 2].index(2, -2))
show(lambda: (1, 2, 3).index(3, 2**70))
show(lambda: (1, 2, 3).index(3, -2**70))
show(lambda: sorted(gen(), reverse=1.0))
show(lambda: sorted(gen(), reverse=I(1)))
show(lambda: sorted(gen(), reverse=None))
