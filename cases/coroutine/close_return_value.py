# case: close() of a coroutine that catches GeneratorExit and returns: the value is close()'s result from 3.13.
# tags: coroutine close versions
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
    yield

async def f():
    try:
        await pause()
    except GeneratorExit:
        return "closing value"

c = f()
c.send(None)
c.close()
