# case: Found by yieldspec fuzz (seed 1, program 33553). (reduced)
# tags: async_generator finalization generator introspection send throw
async def g0(a):
    yield
s1 = g0(0)
s1.athrow(0).send(None)
s1.asend(0).send(None)
