# case: __iter__ written as a generator function: every iter() or for loop gets a fresh,
#   independent generator, so the object can be iterated many times and in parallel.
# tags: iterator generator
class Bag:
    def __init__(self, *items):
        self.items = items

    def __iter__(self):
        print("new iterator")
        for x in self.items:
            yield x

bag = Bag("a", "b", "c")
list(bag)
list(bag)
i1 = iter(bag)
i2 = iter(bag)
next(i1)
next(i1)
next(i2)
type(i1).__name__
[(x, y) for x in bag for y in bag if x < y]
