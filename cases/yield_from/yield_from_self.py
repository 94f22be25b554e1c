# case: A generator that delegates to itself gets ValueError (generator already executing) at
#   its `yield from`; the error ends it.
# tags: yield_from reentrancy errors
def ouroboros():
    yield "head"
    yield from me

me = ouroboros()
next(me)
next(me)
next(me)
