# case: Found by yieldspec fuzz (seed 1, program 178). (reduced)
# tags: async_generator close exceptions finalization generator pep479 reentrancy send
async def g0(a):
    yield
s2 = g0(0)
s2.asend(None).send(None)
