# case: cr_frame of a suspended coroutine: f_lineno follows the await it is suspended in, f_locals shows its variables, f_code is cr_code.
# tags: coroutine introspection
import types

@types.coroutine
def sleep():
    yield

async def coro(a):
    b = a + 1
    await sleep()
    c = b * 2
    await sleep()
    return c

k = coro(1)
k.cr_frame.f_lineno
k.send(None)
k.cr_frame.f_lineno
sorted(k.cr_frame.f_locals.items())
k.cr_frame.f_code is k.cr_code
k.send(None)
k.cr_frame.f_lineno
sorted(k.cr_frame.f_locals.items())
k.send(None)
