# case: Found by yieldspec fuzz (seed 1, program 28266). (reduced)
# tags: exceptions finalization generator send yield_from
class CM:
    def __init__(self, label, swallow):
        self.label, self.swallow = label, swallow
    def __enter__(self):
        pass
    def __exit__(self, typ, val, tb):
        return self.swallow
def g0(a):
    with CM("g0.1", True):
        raise E1("g0.2")
    print(r)
s0 = g0(0)
