# case: sum() over a generator of floats is compensated from 3.12 (Neumaier), after an int
#   phase and with ints in the float phase; the shortest float repr takes the even digit on a
#   tie.
# tags: python generator versions
def tenths(n):
    for _ in range(n):
        yield 0.1


sum(tenths(10))
sum(tenths(10), 0.0)
sum(tenths(3), 1)
sum((x for x in [1e100, 1.0, -1e100, 1]))
sum([0.1, 1, 0.2, True, 0.3])
sum([1, 2, 3.5])
sum([float("inf"), 1.0])
sum([1e308, 1e308, -1e308])
repr(1e15 + 0.3)
repr(1e15 + 0.2)
1e16 + 2.5
0.1 + 0.2
[x / 8 for x in range(5)]
