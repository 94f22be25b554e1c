# case: Found by yieldspec fuzz (seed 1, program 2011). (reduced)
# tags: coroutine exceptions generator introspection patterns reentrancy send
import types
@types.coroutine
def sus(v):
    return (yield v)
async def g0(a):
    await sus(a)
async def g2(a):
    print(s1.send(None))
s1 = g0(0)
s1.send(None)
s1.send(0)
list(g2(0).__await__())
