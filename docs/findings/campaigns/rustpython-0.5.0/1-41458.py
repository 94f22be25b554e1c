# case: Found by yieldspec fuzz (seed 1, program 41458). (reduced)
# tags: close exceptions finalization generator genexp patterns pep479 throw yield_from
class CM:
    def __init__(self, label, swallow):
        self.label, self.swallow = label, swallow
    def __enter__(self):
        pass
    def __exit__(self, typ, val, tb):
        return self.swallow
def g0(a):
    with CM("g0.1", True):
        raise E0("g0.2")
    r = yield from (repr(v) for v in range(1))
s2 = (repr(v) for v in g0(0))
next(s2, "default")
