# case: An exception that escapes a generator finishes it: gi_frame becomes None and every later
#   next(), send() or throw() behaves as on an exhausted generator.
# tags: exceptions generator
def fails_once():
    yield 1
    raise ValueError("once")
    yield 2

g = fails_once()
next(g)
next(g)
g.gi_frame is None
next(g)
g.send(None)
g.throw(KeyError)
