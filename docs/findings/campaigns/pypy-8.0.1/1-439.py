# case: Found by yieldspec fuzz (seed 1, program 439). (reduced)
# tags: async_generator generator pep479 throw
async def g0(a):
    yield a
s0 = g0(0)
s0.asend(None).send(None)
s0.asend(None).send(None)
s0.athrow(0).send(None)
