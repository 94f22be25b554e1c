# case: throw(type, value, tb) on a coroutine and on its wrapper: DeprecationWarning from 3.12.
# tags: coroutine throw versions
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
    except ValueError as e:
        return repr(e)

c = f(); c.send(None)
c.throw(ValueError, ValueError("v"), None)
w = f().__await__(); next(w)
w.throw(ValueError, "w", None)
