# case: PyPy: finalizing a generator suspended in yield from does not close the delegate
# tags: finalization yield_from close
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
next(s0, "default")
s0 = g0(0)
