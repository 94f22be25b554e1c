# case: Found by yieldspec fuzz (seed 1, program 87). (reduced)
# tags: finalization generator throw yield_from
class Count:
    def __init__(self, n, ret):
        self.i, self.n, self.ret = 0, n, ret
    def __iter__(self):
        return self
    def __next__(self):
        pass
class Proto(Count):
    def close(self):
        print(self.i)
def g0(a):
    yield from Proto(0, 0)
s0 = g0(0)
next(s0)
del s0
