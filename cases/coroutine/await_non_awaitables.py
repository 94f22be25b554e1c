# case: await on an int, None, a list, a plain generator and a class without __await__: TypeError naming the type.
# tags: coroutine errors
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

async def awaiting(x):
    return await x

def gen():
    yield 1

class Plain:
    pass

for obj in [5, None, [1], gen(), Plain(), "s"]:
    try:
        run(awaiting(obj))
    except TypeError as e:
        print(type(obj).__name__, "->", e)
