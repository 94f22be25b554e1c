# case: An async generator expression is allowed in a plain function; it is an async generator driven by hand.
# tags: async_syntax async_generator
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

async def source():
    yield "a"
    yield "b"

def make():
    return (x.upper() async for x in source())

g = make()
g
g.__anext__().send(None)
g.__anext__().send(None)
g.__anext__().send(None)
def with_await():
    async def one():
        return 1
    return (await one() for _ in range(2))

h = with_await()
h.__anext__().send(None)
