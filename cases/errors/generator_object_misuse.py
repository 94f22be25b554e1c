# case: A generator object is not a sequence or a function: len(), indexing, reversed() and
#   calling it are TypeErrors; Python 2's .next method does not exist.
# tags: errors generator
def gen():
    yield 1

g = gen()
len(g)
g[0]
reversed(g)
g()
g.next()
g.__next__()
