# case: Found by yieldspec fuzz (seed 1, program 108699). (reduced)
# tags: close exceptions generator genexp introspection reentrancy yield_from
class CM:
    def __init__(self, label, swallow):
        self.label, self.swallow = label, swallow
    def __enter__(self):
        pass
    def __exit__(self, typ, val, tb):
        return self.swallow
def g1(a):
    with CM("g1.1", True):
        with CM("g1.2", False):
            print(next(s3, "done"))
    print(next(s0, "done"))
s3 = g1(0)
