# case: Found by yieldspec fuzz (seed 1, program 8). (reduced)
# tags: coroutine generator patterns reentrancy
def af(*args, **kw):
    pass
async def g0(a):
    pass
s0 = g0(0)
af(*s0, k=next(s0, "none"))
