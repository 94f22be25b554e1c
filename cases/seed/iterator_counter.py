# case: The tutorial's Counter/Iterator pair: __iter__ returns a separate iterator object.
# tags: iterator seed
class Counter(object):
    def __iter__(self):
        iter = Iterator()
        return iter

class Iterator(object):
    def __init__(self):
        self.index = 0

    def __next__(self):
        if self.index > 10:
            raise StopIteration
        n = self.index * 2
        self.index += 1
        return n

c = Counter()
# The tutorial's session calls next() on the Counter itself, which is only iterable.
next(c)
it = iter(c)
next(it)
next(it)
for i in c:
    print(i)
list(Counter())
it2 = iter(Counter())
for _ in range(11):
    next(it2)
next(it2)
next(it2)
