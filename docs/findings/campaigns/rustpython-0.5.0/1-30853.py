# case: Found by yieldspec fuzz (seed 1, program 30853). (reduced)
# tags: async_generator async_syntax finalization generator patterns yield_from
class ACM:
    def __init__(self, label, swallow):
        pass
    async def __aenter__(self):
        pass
    async def __aexit__(self, typ, val, tb):
        print(typ and typ.__name__)
async def g0(a):
    print(await g1(0).__anext__())
    yield
async def g1(a):
    async with ACM("g1.1", False):
        yield
s0 = g0(0)
s0.__anext__().send(None)
