# case: PEP 479 is about generator frames only: an iterator class's __next__ raising
#   StopIteration (even from a helper) simply ends the iteration, and so does map().
# tags: pep479 iterator
class UpTo:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        return self.check()
    def check(self):
        if self.i > self.n:
            raise StopIteration
        return self.i

def stopper(x):
    if x == 3:
        raise StopIteration
    return x * 10

list(UpTo(3))
list(map(stopper, range(6)))
sum(UpTo(4))
