# case: __index__ makes an object usable where CPython takes an index: subscripts and slices,
#   range(), sequence repetition, hex/oct/bin, operator.index, int() and chr(); a non-int result
#   is a TypeError.
# tags: python errors iterator
import operator


class Pos:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


def evens(limit):
    for i in range(Pos(limit)):
        if i % 2 == 0:
            yield i


list(evens(7))
seq = list(evens(10))
seq[Pos(1)]
seq[Pos(-1)]
seq[Pos(1):Pos(4)]
seq[::Pos(2)]
seq[Pos(0)] = 100
del seq[Pos(1)]
seq
(1, 2, 3)[Pos(2)]
"abc"[Pos(1)]
range(10)[Pos(3)]
range(Pos(2), Pos(12), Pos(3))
[0] * Pos(3)
Pos(2) * "ab"
b = [1, 2]
b *= Pos(2)
b
hex(Pos(255)), oct(Pos(8)), bin(Pos(5))
operator.index(Pos(42))
operator.index(7)
operator.index("x")
int(Pos(9))
chr(Pos(65))


class Bad:
    def __index__(self):
        return "nope"


[1, 2][Bad()]
range(Bad())
operator.index(Bad())
seq[Pos(99)]
list(evens(Pos(Pos(4))))
