# case: range objects are lazy sequences: each iter() is independent, steps may be negative,
#   empty ranges iterate zero times, and the iterator type is range_iterator.
# tags: iterator
r = range(3)
a = iter(r)
b = iter(r)
next(a)
next(a)
next(b)
type(a).__name__
list(range(10, 0, -3))
list(range(5, 5))
list(range(0, -3))
len(range(0, 10, 3))
for i in range(2, -2, -1):
    print(i)
list(reversed(range(4)))
type(reversed(range(4))).__name__
range(1, 4)[1]
