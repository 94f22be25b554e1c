# case: An iterator class whose __next__ raises StopIteration("val"): for and list() just stop,
#   next() shows the value, and no RuntimeError appears because no generator frame is involved.
# tags: iterator
class Limited:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("val", self.i)
        return self.i

list(Limited())
for x in Limited():
    print(x)
it = Limited()
next(it)
next(it)
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
