# case: gi_yieldfrom is the object a generator currently delegates to: the next generator down a
#   chain, a list iterator for a list, and None before starting and after finishing.
# tags: yield_from introspection
def leaf():
    yield "a"
    yield "b"

def mid():
    yield from leaf()
    yield from [1, 2]

def top():
    yield from mid()

t = top()
t.gi_yieldfrom
next(t)
m = t.gi_yieldfrom
m.__name__
m.gi_yieldfrom.__name__
m.gi_yieldfrom.gi_yieldfrom
next(t)
next(t)
type(m.gi_yieldfrom).__name__
list(t)
t.gi_yieldfrom
m.gi_yieldfrom
