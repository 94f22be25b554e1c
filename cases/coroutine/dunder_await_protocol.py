# case: Objects with __await__: an iterator is delegated to; returning a non-iterator, a coroutine, or raising are errors at the await.
# tags: coroutine errors
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

class Good:
    def __await__(self):
        x = yield "good"
        return ("good done", x)

class ReturnsInt:
    def __await__(self):
        return 42

class ReturnsList:
    def __await__(self):
        return [1, 2]

class ReturnsIter:
    def __await__(self):
        return iter([1, 2])

class Raises:
    def __await__(self):
        raise LookupError("from __await__")

async def use(obj):
    return await obj

c = use(Good())
c.send(None)
c.send("sent")
run(use(ReturnsInt()))
run(use(ReturnsList()))
run(use(ReturnsIter()))
run(use(Raises()))
