# case: Found by yieldspec fuzz (seed 1, program 359). (reduced)
# tags: async_generator close finalization generator genexp introspection send yield_from
class CM:
    def __init__(self, label, swallow):
        pass
    def __enter__(self):
        pass
    def __exit__(self, typ, val, tb):
        print(typ and typ.__name__)
async def g0(a):
    with CM("g0.1", False):
        yield
s0 = (repr(v) async for v in g0(0))
s0.__anext__().send(None)
del s0
