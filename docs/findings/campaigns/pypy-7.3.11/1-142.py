# case: Found by yieldspec fuzz (seed 1, program 142). (reduced)
# tags: async_generator close finalization generator patterns reentrancy
async def g0(a):
    print(s2.__anext__().send(None))
    yield
s2 = g0(0)
s2.asend(None).send(None)
