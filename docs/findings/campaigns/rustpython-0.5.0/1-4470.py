# case: Found by yieldspec fuzz (seed 1, program 4470). (reduced)
# tags: exceptions generator genexp patterns pep479 send throw yield_from
class Count:
    def __init__(self, n, ret):
        pass
    def __iter__(self):
        return self
    def __next__(self):
        pass
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
    with CM("g0.2", False):
        yield from (repr(v) for v in Proto(0, 0))
s0 = g0(0)
next(s0)
s0.throw(0)
