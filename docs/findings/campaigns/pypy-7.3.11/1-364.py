# case: Found by yieldspec fuzz (seed 1, program 364). (reduced)
# tags: async_syntax coroutine generator patterns
async def g0(a):
    pass
s0 = g0(0)
box = [0]
box += s0
