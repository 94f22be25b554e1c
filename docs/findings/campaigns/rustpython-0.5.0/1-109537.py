# case: Found by yieldspec fuzz (seed 1, program 109537). (reduced)
# tags: exceptions finalization generator
class CM:
    def __init__(self, label, swallow):
        self.label, self.swallow = label, swallow
    def __enter__(self):
        pass
    def __exit__(self, typ, val, tb):
        return self.swallow
def g1(a):
    with CM("g1.1", False):
        with CM("g1.2", True):
            raise E1("g1.3")
    yield
s1 = g1(0)
next(s1, "default")
s1 = g1(0)
