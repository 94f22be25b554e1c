# case: If the subiterator's throw() raises StopIteration(v), the delegation ends and v is the
#   value of `yield from`; any other exception from throw() propagates into the delegator.
# tags: yield_from throw
class Finisher:
    def __iter__(self):
        return self
    def __next__(self):
        return "waiting"
    def throw(self, exc):
        print("Finisher.throw", exc)
        if exc is KeyError:
            raise StopIteration("finished by throw")
        raise RuntimeError("cannot handle %s" % exc.__name__)

def delegator():
    try:
        result = yield from Finisher()
        print("result:", result)
        yield "after"
    except RuntimeError as e:
        print("delegator caught", repr(e), "context:", type(e.__context__).__name__)

g = delegator()
next(g)
g.throw(KeyError)
h = delegator()
next(h)
h.throw(ValueError)
