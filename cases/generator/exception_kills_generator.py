# case: An exception escaping a generator body ends the generator: its frame is gone and every
#   later next() raises a bare StopIteration, even though the body had more yields.
# tags: generator
def fragile():
    yield 1
    raise ValueError("broken")
    yield 2

g = fragile()
next(g)
g.gi_frame is None
next(g)
g.gi_frame is None
next(g)
list(g)
list(fragile())
