# case: next() on objects that are not iterators: iterables like list, str and dict are
#   rejected with "'list' object is not an iterator", as are ints, None and plain instances.
# tags: errors iterator
class Plain:
    pass

next([1, 2])
next("abc")
next({"k": 1})
next((1,))
next(range(3))
next(5)
next(None)
next(Plain())
next(iter([1, 2]))
