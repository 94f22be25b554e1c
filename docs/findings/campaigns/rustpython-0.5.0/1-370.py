# case: Found by yieldspec fuzz (seed 1, program 370). (reduced)
# tags: async_generator exceptions generator patterns
def af(*args, **kw):
    pass
async def g0(a):
    yield
s1 = g0(0)
af(*s1, k=next(s1, "none"))
