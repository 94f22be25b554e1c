# case: Found by yieldspec fuzz (seed 1, program 2614). (reduced)
# tags: generator patterns yield_from
class Count:
    def __init__(self, n, ret):
        self.i, self.n, self.ret = 0, n, ret
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise StopIteration(self.ret)
def kf(v, fail):
    print(repr(v))
def g0(a):
    r = yield from Count(1, 0)
    print(r)
s0 = g0(0)
min(s0, key=lambda v: kf(v, 0), default="empty")
