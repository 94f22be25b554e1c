# case: close() on a delegator whose subiterator has no close method just raises GeneratorExit
#   in the delegator; the subiterator is left as it was.
# tags: yield_from close
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n

def delegator(c):
    try:
        yield from c
    finally:
        print("delegator finally")

c = Counter()
g = delegator(c)
next(g)
next(g)
g.close()
c.n
next(c)
