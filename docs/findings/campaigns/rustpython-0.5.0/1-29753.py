# case: Found by yieldspec fuzz (seed 1, program 29753). (reduced)
# tags: async_generator generator introspection send yield_from
async def g1(a):
    yield
s1 = g1(0)
repr(s1)
