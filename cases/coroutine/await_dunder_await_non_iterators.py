# case: __await__ returning an int, a list, a tuple, None, a plain iterable or a generator-based coroutine: which are accepted and the TypeError of each that is not.
# tags: coroutine errors
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

class Returns:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        return self.value

class Iterable:
    def __iter__(self):
        return iter([1, 2])

class OnlyNext:
    def __init__(self):
        self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("done")
        return self.n

@types.coroutine
def gencoro():
    yield "from gencoro"
    return "gencoro result"

def plain():
    yield "from plain"
    return "plain result"

async def awaiting(obj):
    return await obj

for value in [5, [1, 2], (1,), None, Iterable(), OnlyNext(), iter([7, 8]), plain(), gencoro()]:
    try:
        print("result", run(awaiting(Returns(value))))
    except TypeError as e:
        print(type(value).__name__, "->", e)
