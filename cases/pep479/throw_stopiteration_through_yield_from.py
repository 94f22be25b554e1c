# case: throw(StopIteration) through `yield from`: a generator subiterator converts it to
#   RuntimeError; with a subiterator lacking throw() it is raised at the delegator's `yield
#   from` and converted there (3.12+ instead end the `yield from` with the thrown value).
# tags: pep479 yield_from throw versions
class NoThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return "plain"

def sub():
    try:
        yield "sub"
    finally:
        print("sub finally")

def delegator(it):
    try:
        result = yield from it
        print("yield from returned", repr(result))
    except RuntimeError as e:
        print("delegator sees", repr(e), "cause", repr(e.__cause__))
        raise

g = delegator(sub())
next(g)
g.throw(StopIteration("a"))
h = delegator(NoThrow())
next(h)
h.throw(StopIteration("b"))
