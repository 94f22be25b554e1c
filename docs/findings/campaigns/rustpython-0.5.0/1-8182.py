# case: Found by yieldspec fuzz (seed 1, program 8182). (reduced)
# tags: close exceptions finalization generator genexp reentrancy yield_from
class Count:
    def __init__(self, n, ret):
        self.i, self.n, self.ret = 0, n, ret
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise StopIteration(self.ret)
class Proto(Count):
    pass
class CM:
    def __init__(self, label, swallow):
        pass
    def __enter__(self):
        pass
    def __exit__(self, typ, val, tb):
        print(typ and typ.__name__)
def g0(a):
    try:
        yield from (repr(v) for v in Proto(1, 0))
        print(next(s3, "done"))
    finally:
        with CM("g0.8", False):
            yield
s3 = (repr(v) for v in g0(0))
next(s3, "default")
next(s3)
s3.close()
