# case: Tuple targets in a generator expression unpack each item; an item of the wrong shape
#   raises ValueError at the next() that reaches it and ends the generator.
# tags: genexp
pairs = [(1, "a"), (2, "b"), (3, "c", "extra"), (4, "d")]
g = ("%s=%d" % (k, v) for v, k in pairs)
next(g)
next(g)
next(g)
next(g)
list((a + b) for a, (b, c) in [(1, (2, 3)), (4, (5, 6))])
