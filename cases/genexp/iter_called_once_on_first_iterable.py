# case: The first iterable's __iter__ is called exactly once, at creation; __next__ of the
#   iterator it returns is called lazily, one per item, plus one that ends the generator.
# tags: genexp iterator
class Tracked:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        print("__iter__")
        return self
    def __next__(self):
        print("__next__", self.i)
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

g = (v for v in Tracked(2))
print("created")
next(g)
next(g)
next(g)
next(g)
