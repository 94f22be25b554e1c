# case: A finished coroutine raises 'cannot reuse already awaited coroutine' on send and throw; close() stays silent.
# tags: coroutine errors
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

async def once():
    return 1

c = once()
run(c)
c.send(None)
c.throw(ValueError("x"))
c.close()
async def awaits(c):
    return await c

run(awaits(c))
