# case: Found by yieldspec fuzz (seed 1, program 28874). (reduced)
# tags: exceptions finalization generator patterns reentrancy send yield_from
class Count:
    def __init__(self, n, ret):
        self.i, self.n, self.ret = 0, n, ret
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise StopIteration(self.ret)
def g0(a):
    print(next(s0, "done"))
    print([repr(v) for v in g1(0)])
def g1(a):
    try:
        print(next(s0, "done"))
    finally:
        yield from Count(2, 0)
s0 = g1(0)
list(g0(0))
