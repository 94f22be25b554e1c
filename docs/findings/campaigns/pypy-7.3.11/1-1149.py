# case: Found by yieldspec fuzz (seed 1, program 1149). (reduced)
# tags: close coroutine finalization generator throw
import types
@types.coroutine
def sus(v):
    return (yield v)
async def g0(a):
    await sus(a)
s0 = g0(0)
s0.send(None)
s0.throw(ValueError, None, 0)
s0.throw(GeneratorExit)
