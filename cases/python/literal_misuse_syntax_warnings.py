# case: the compiler's SyntaxWarnings for misused literals (3.8+), in generator code too:
#   `is` with a literal (named by type from 3.12; folded constants like -1 and "a" * 3
#   count before 3.14), a constant called or subscripted, str/tuple/list indices that are
#   not ints, assert on a tuple; all given before the first statement runs.
# tags: python generator versions errors
x = 5
x is 1
x is not "a"
x is (1, 2), x is None, x is -1, x is ~1, x is (not 1), x is 2 ** 100, x is 2 ** 200
x is "a" * 3, x is "a" * 5000, x is "ab"[0], x is (1, (2,)), x is b"a"


def gen(z):
    if z is 0:
        yield [1][1.0]
    yield {1}[0]


class C:
    y = 1 is 2


try:
    "abc"[1.0]
except TypeError as e:
    print(e)
try:
    (1)(2)
except TypeError as e:
    print(e)
g = (i for i in [x is 3] if i is 4)
l = [j is 6 for i in [x is 5] for j in [i is 7]]
assert (x, "m")
assert (1, 2)
try:
    None[0]
except TypeError as e:
    print(e)
f"{x}"[1.0] if 0 else 1
(x,)[None] if 0 else 2
try:
    next(gen(0))
except TypeError as e:
    print(e)
"a"[x:1.0]
