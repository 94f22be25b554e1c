# case: What a suspended generator's frame holds is part of the cycle: a `for` loop's list or
#   dict iterator is an object the collector counts, a range iterator is not tracked.
# tags: finalization, generator, versions
import gc
def over(seq):
    try:
        for x in seq:
            yield x
    finally:
        print("closed over", type(seq).__name__)
l = [1, 2]
g = over(l)
l.append(g)
next(g)
del l, g
gc.collect()
d = {"a": 1}
g = over(d)
d["g"] = g
next(g)
del d, g
gc.collect()
class Counter:
    def __init__(self):
        self.gen = self.count(3)
    def count(self, n):
        for i in range(n):
            yield i
c = Counter()
next(c.gen)
del c
gc.collect()
