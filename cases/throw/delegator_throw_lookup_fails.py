# case: throw() into a generator delegating with `yield from` to an iterator whose `throw`
#   lookup raises something other than AttributeError: that error comes out of throw() at
#   once (the thrown exception never reaches the delegator), and the delegator stays
#   suspended in its `yield from`; an AttributeError from the lookup means "no throw" instead.
# tags: yield_from throw
class Lookup:
    def __init__(self, error):
        self.error = error
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
    def __getattr__(self, name):
        print("looking up", name)
        raise self.error(name)

def delegator(error):
    try:
        got = yield from Lookup(error)
        print("got", got)
    except KeyError as e:
        print("delegator caught", repr(e))
        yield "after catch"

d = delegator(ValueError)
next(d)
d.throw(KeyError("thrown"))
d.gi_yieldfrom is not None
next(d)
e = delegator(AttributeError)
next(e)
e.throw(KeyError("thrown"))
e.gi_yieldfrom
