# case: gi_yieldfrom is None before the first yield from, the delegated-to object while
#   suspended in one, None while suspended at a plain yield, and None when finished.
# tags: introspection yield_from
def inner():
    yield "inner"

def outer():
    yield "plain"
    yield from inner()
    yield from range(2)
    yield "plain again"

g = outer()
g.gi_yieldfrom
next(g)
g.gi_yieldfrom
next(g)
g.gi_yieldfrom.__name__
next(g)
type(g.gi_yieldfrom).__name__
next(g)
next(g)
g.gi_yieldfrom
list(g)
g.gi_yieldfrom
