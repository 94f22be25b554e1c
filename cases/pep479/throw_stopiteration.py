# case: throw(StopIteration) into a suspended generator that does not catch it comes back as
#   RuntimeError; the generator may also catch it like any other exception. Thrown into a
#   fresh generator it is converted too on 3.7-3.11 (3.12+ raise it unchanged).
# tags: pep479 throw versions
def plain():
    yield 1
    yield 2

def catches():
    try:
        yield 1
    except StopIteration as e:
        print("caught", repr(e))
        yield "after catch"

g = plain()
next(g)
g.throw(StopIteration)
next(g)
h = catches()
next(h)
h.throw(StopIteration("thrown"))
i = plain()
i.throw(StopIteration("fresh"))
