# case: yield from an int, None, or an object whose __iter__ returns an int raises TypeError
#   when the delegator reaches the `yield from`, not when it is created.
# tags: yield_from errors
class BadIter:
    def __iter__(self):
        return 5

def delegate(obj):
    print("about to delegate")
    yield from obj

g = delegate(5)
next(g)
next(g)
next(delegate(None))
next(delegate(BadIter()))
