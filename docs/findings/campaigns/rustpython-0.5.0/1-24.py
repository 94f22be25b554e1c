# case: Found by yieldspec fuzz (seed 1, program 24). (reduced)
# tags: coroutine generator genexp patterns send yield_from
async def g0(a):
    pass
s0 = g0(0)
sorted(s0, key=lambda v: kf(v, 0))
