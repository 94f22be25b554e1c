# case: Found by yieldspec fuzz (seed 1, program 1208). (reduced)
# tags: async_generator generator genexp throw yield_from
async def g1(a):
    yield
s2 = g1(0)
s2.athrow().send(None)
