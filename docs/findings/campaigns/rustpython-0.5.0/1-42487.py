# case: Found by yieldspec fuzz (seed 1, program 42487). (reduced)
# tags: async_generator close exceptions generator genexp patterns pep479 throw yield_from
async def g0(a):
    yield
s0 = g0(0)
s0.athrow(0).send(None)
s0.athrow(StopIteration(0)).send(None)
