# case: next()'s default replaces only StopIteration: other errors from the iterator still
#   propagate, and a non-iterator is still rejected.
# tags: errors iterator
def broken():
    yield 1
    raise ValueError("broken")

b = broken()
next(b, "default")
next(b, "default")
next(b, "default")
next(5, "default")
next([1], "default")
