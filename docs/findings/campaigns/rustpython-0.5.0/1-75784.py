# case: Found by yieldspec fuzz (seed 1, program 75784). (reduced)
# tags: close exceptions finalization generator genexp yield_from
class E0(Exception): pass
class CM:
    def __init__(self, label, swallow):
        self.label, self.swallow = label, swallow
    def __enter__(self):
        pass
    def __exit__(self, typ, val, tb):
        return self.swallow
def g1(a):
    x = None
    with CM("g1.1", False):
        with CM("g1.2", True):
            raise GeneratorExit()
    raise E0("g1.4")
s0 = g1(0)
