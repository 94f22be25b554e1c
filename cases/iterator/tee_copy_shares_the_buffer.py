# case: itertools.tee iterators over a generator: values are pulled from the generator only
#   as the leading copy needs them, `__copy__` makes another iterator at the same place.
# tags: iterator, generator
import itertools
def gen(name, n):
    for i in range(n):
        print(name, "yield", i)
        yield i
    print(name, "done")
a, b = itertools.tee(gen("t", 3))
next(a)
c = a.__copy__()
type(c).__name__
next(b)
list(c)
list(a)
list(b)
d = b.__copy__()
list(d)
e, = itertools.tee(gen("u", 2), 1)
f = e.__copy__()
next(f)
next(e)
list(e), list(f)
