# case: __await__ that raises, that is a coroutine function, that is not callable, or that is a staticmethod/generator method: what await does with each.
# tags: coroutine errors
def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

class Raises:
    def __await__(self):
        raise KeyError("in __await__")

class AsyncAwait:
    async def __await__(self):
        return 1

class NotCallable:
    __await__ = 5

class GenMethod:
    def __await__(self):
        x = yield "first"
        print("got", x)
        return "gen method"

class NoneAwait:
    __await__ = None

async def awaiting(obj):
    return await obj

for obj in [Raises(), AsyncAwait(), NotCallable(), GenMethod(), NoneAwait()]:
    try:
        print("result", run(awaiting(obj)))
    except Exception as e:
        print(type(obj).__name__, "->", type(e).__name__, e)
