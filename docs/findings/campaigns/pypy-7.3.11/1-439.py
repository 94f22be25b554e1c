# case: Found by yieldspec fuzz (seed 1, program 439). (reduced)
# tags: async_generator generator pep479 throw
async def g0(a):
    yield
s0 = g0(0)
s0.athrow(0).send(None)
