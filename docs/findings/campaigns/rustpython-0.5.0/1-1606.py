# case: Found by yieldspec fuzz (seed 1, program 1606). (reduced)
# tags: async_generator exceptions generator genexp introspection patterns reentrancy send
async def g0(a):
    yield
s0 = (repr(v) async for v in g0(0))
repr(s0)
