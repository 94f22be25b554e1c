# case: anext() (3.10+): without a default it is __anext__(); with one, StopAsyncIteration becomes StopIteration(default); errors for non-async-iterators.
# tags: async_generator versions
# python: >=3.10
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

async def gen():
    yield "only"

g = gen()
a = anext(g)
type(a).__name__
a.send(None)
d = anext(g, "default")
type(d).__name__
d.send(None)
anext(g).send(None)
anext(5)
anext()
async def use():
    return await anext(gen()), await anext(gen(), 0)

run(use())
