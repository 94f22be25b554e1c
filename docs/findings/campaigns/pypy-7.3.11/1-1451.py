# case: Found by yieldspec fuzz (seed 1, program 1451). (reduced)
# tags: async_generator exceptions generator genexp reentrancy send yield_from
class CM:
    def __init__(self, label, swallow):
        self.label, self.swallow = label, swallow
    def __enter__(self):
        pass
    def __exit__(self, typ, val, tb):
        print(typ and typ.__name__)
        return self.swallow
async def g0(a):
    with CM("g0.1", True):
        yield 0
        print(s0.__anext__().send(None))
s0 = g0(0)
s0.__anext__().send(None)
s0.asend(0).send(None)
