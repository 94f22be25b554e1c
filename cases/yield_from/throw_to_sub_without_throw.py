# case: throw() into a delegator whose subiterator has no throw method raises the exception at
#   the `yield from` in the delegator; the subiterator's close() is NOT called.
# tags: yield_from throw
class Plain:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
    def close(self):
        print("Plain.close called")

def delegator():
    try:
        yield from Plain()
    except KeyError as e:
        print("delegator caught", repr(e))
        yield "after"

g = delegator()
next(g)
g.throw(KeyError("k"))
next(g)
h = delegator()
next(h)
h.throw(ValueError)
next(h)
