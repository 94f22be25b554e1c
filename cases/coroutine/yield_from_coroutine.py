# case: A plain generator cannot 'yield from' a coroutine; a types.coroutine generator can.
# tags: coroutine yield_from errors
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

async def native():
    return "native result"

def plain():
    return (yield from native())

g = plain()
next(g)
@types.coroutine
def marked():
    r = yield from native()
    print("marked got", r)
    return r

m = marked()
next(m)
