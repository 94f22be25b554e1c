# case: next(it, default) gives the default instead of raising StopIteration, on every call
#   after exhaustion; a generator's return value is lost when a default is used.
# tags: iterator generator
def two():
    yield "a"
    yield "b"
    return "the end"

g = two()
next(g, "dflt")
next(g, "dflt")
next(g, "dflt")
next(g, "dflt")
next(g)
next(iter([]), None)
next(iter([]), [])
h = two()
next(h, 0)
next(h, 0)
next(h)
