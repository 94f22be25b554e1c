# case: Found by yieldspec fuzz (seed 1, program 0). (reduced)
# tags: async_generator close generator patterns throw
async def g0(a):
    yield
s1 = g0(0)
s1.athrow(GeneratorExit(), 0).send(None)
