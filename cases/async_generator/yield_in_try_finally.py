# case: An async generator with yields and awaits in try/except/finally, driven step by step.
# tags: async_generator exceptions
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

@types.coroutine
def pause(v):
    yield v

async def gen():
    try:
        yield "try"
        raise KeyError("k")
    except KeyError:
        await pause("await in except")
        yield "except"
    finally:
        await pause("await in finally")
        yield "finally"

async def collect():
    out = []
    async for v in gen():
        out.append(v)
    return out

run(collect())
