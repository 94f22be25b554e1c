# case: The repr of a coroutine and of its __await__ wrapper; their types; a coroutine is not iterable.
# tags: coroutine introspection errors
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

async def f():
    return 1

c = f()
c
type(c)
w = c.__await__()
w
type(w)
iter(c)
next(c)
w is iter(w)
next(w)
c.close()
