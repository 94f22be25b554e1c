# case: Found by yieldspec fuzz (seed 1, program 24630). (reduced)
# tags: exceptions generator patterns pep479 yield_from
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
    try:
        yield from g1(a)
    except ValueError as e:
        pass
    except RuntimeError as e:
        print(repr(e))
def g1(a):
    try:
        yield
    except BaseException as e:
        pass
    yield from Proto(0, 0)
s1 = g0(0)
next(s1, "default")
