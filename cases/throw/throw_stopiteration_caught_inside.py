# case: A StopIteration thrown into a generator is an ordinary exception while the generator
#   can catch it; only one that escapes the body is converted to RuntimeError.
# tags: throw pep479
def catches():
    try:
        yield 1
    except StopIteration as e:
        print("caught", repr(e))
        yield "still running"
    yield "end"

g = catches()
next(g)
g.throw(StopIteration("thrown"))
next(g)
h = catches()
next(h)
h.throw(StopIteration)
h.throw(StopIteration)
next(h)
