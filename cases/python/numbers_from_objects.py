# case: Numbers taken from objects: float() uses __float__ (which must return a float) then
#   __index__; int() of a float is exact beyond 64 bits; '%d' takes __int__/__index__ and
#   floats, '%x' only ints and __index__, '%f' __float__/__index__, '%c' an int in range or
#   one character; pow() with a modulus is exact modular arithmetic (inverse for a negative
#   exponent); divmod() of objects does not fall back on // and %.
# tags: python
class F:
    def __float__(self):
        return 2


class G:
    def __float__(self):
        return 2.5


class H:
    def __index__(self):
        return 7


class N:
    def __int__(self):
        return 9


class FD:
    def __floordiv__(self, o):
        return 1

    def __mod__(self, o):
        return 2


def vals():
    yield from (F(), G(), H(), N(), 1e20, -3.7, 2**70, "s", None, 3.0, 65, "ab", "é")


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in vals():
    for fmt in ("%d", "%x", "%o", "%f", "%.2e", "%c", "%5c", "%-3c|", "%i"):
        show(lambda: fmt % (v,))
    show(lambda: float(v))
    show(lambda: int(v))
show(lambda: int(1e40))
show(lambda: int(-2.5e300) % 1000)
show(lambda: format(0x110000, "c"))
show(lambda: format(-1, "c"))
show(lambda: format(2**70, "c"))
show(lambda: "%c" % 0x110000)
show(lambda: "%c" % 2**70)


def triples():
    yield from [(2, 10, 7), (3, 10**9, 7), (-2, 3, 5), (2, -1, 5), (2, 3, -5), (5, 0, 1),
                (0, 0, 7), (4, -1, 6), (2.0, 3, 5), (2, 3, 0), (True, 5, 3),
                (2**100, 2**100, 10**9 + 7)]


for args in triples():
    show(lambda: pow(*args))
for x, y in [(FD(), 2), (7, FD()), (7, 2), (7.5, 2), (-7, 2.0), (H(), 2)]:
    show(lambda: divmod(x, y))
