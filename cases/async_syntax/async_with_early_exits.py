# case: Leaving an async with by return, break, continue and an exception caught outside: __aexit__ gets (None, None, None) or the exception, and its awaits suspend the coroutine.
# tags: async_syntax
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

@types.coroutine
def sleep(v):
    yield v

class CM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await sleep("enter " + self.name)
        return self.name
    async def __aexit__(self, t, v, tb):
        await sleep("exit " + self.name)
        print("aexit", self.name, t.__name__ if t else None)
        return False

async def returns():
    async with CM("r") as n:
        return "returned " + n

async def loops():
    for i in range(3):
        async with CM("loop%d" % i):
            if i == 0:
                continue
            if i == 1:
                break
    return i

async def raises():
    try:
        async with CM("x"):
            raise KeyError("k")
    except KeyError:
        return "caught outside"

for fn in [returns, loops, raises]:
    print(fn.__name__, run(fn()))
