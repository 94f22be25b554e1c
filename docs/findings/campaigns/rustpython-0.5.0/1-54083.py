# case: Found by yieldspec fuzz (seed 1, program 54083). (reduced)
# tags: generator send throw yield_from
class Count:
    def __init__(self, n, ret):
        pass
    def __iter__(self):
        return self
    def __next__(self):
        pass
class Proto(Count):
    def throw(self, typ, val=None, tb=None):
        pass
def g0(a):
    yield from Proto(0, 0)
s1 = g0(0)
next(s1)
s1.throw(0)
