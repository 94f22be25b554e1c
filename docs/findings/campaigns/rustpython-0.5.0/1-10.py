# case: Found by yieldspec fuzz (seed 1, program 10). (reduced)
# tags: coroutine generator genexp introspection send
async def g0(a):
    pass
s0 = g0(0)
