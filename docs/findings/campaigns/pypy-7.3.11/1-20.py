# case: Found by yieldspec fuzz (seed 1, program 20). (reduced)
# tags: close coroutine generator introspection patterns pep479
async def g0(a):
    pass
s0 = g0(0)
dict(zip(s0, s0))
