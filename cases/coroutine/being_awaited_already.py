# case: Awaiting a coroutine that another coroutine is already awaiting: 'coroutine is being awaited already'.
# tags: coroutine errors
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

@types.coroutine
def pause():
    yield "paused"

async def inner():
    await pause()
    return "inner"

async def waiter(c):
    return await c

i = inner()
w1 = waiter(i)
w1.send(None)
w2 = waiter(i)
w2.send(None)
run(w1)
