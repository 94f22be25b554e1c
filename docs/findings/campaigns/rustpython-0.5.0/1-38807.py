# case: Found by yieldspec fuzz (seed 1, program 38807). (reduced)
# tags: exceptions finalization generator genexp patterns pep479 reentrancy send throw yield_from
class E0(Exception): pass
class E1(E0): pass
class CM:
    def __init__(self, label, swallow):
        self.label, self.swallow = label, swallow
    def __enter__(self):
        pass
    def __exit__(self, typ, val, tb):
        return self.swallow
def g1(a):
    try:
        yield from g2(a)
    except E1 as e:
        pass
    except Exception as e:
        yield from g2(0)
def g2(a):
    with CM("g2.1", True):
        yield
    r = yield from (repr(v) for v in range(0))
    print(r)
    print(x)
s0 = g1(0)
next(s0)
