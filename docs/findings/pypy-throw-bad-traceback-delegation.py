# case: PyPy: throw(type, value, tb) with a bad traceback into yield from raises before delegating
# tags: throw yield_from coroutine
import types
@types.coroutine
def sus(v):
    return (yield v)
async def g0(a):
    await sus(a)
s0 = g0(0)
s0.send(None)
s0.throw(ValueError, None, 0)
s0.cr_frame is None
s0.throw(GeneratorExit)
