# case: Found by yieldspec fuzz (seed 1, program 10). (reduced)
# tags: coroutine generator genexp introspection send
async def g0(a):
    pass
s1, = map(g0, [0])
s1.send(0)
