# case: Found by yieldspec fuzz (seed 1, program 28617). (reduced)
# tags: close generator
class CM:
    def __init__(self, label, swallow):
        self.label, self.swallow = label, swallow
    def __enter__(self):
        pass
    def __exit__(self, typ, val, tb):
        return self.swallow
def g0(a):
    with CM("g0.1", False):
        with CM("g0.2", True):
            raise GeneratorExit()
    yield
s1 = g0(0)
next(s1)
