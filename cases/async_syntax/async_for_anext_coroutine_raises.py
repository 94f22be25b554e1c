# case: async for whose __anext__ is a coroutine raising StopAsyncIteration, another exception, or returning normally; and __aiter__ that is an async def (a TypeError with a never-awaited warning).
# tags: async_syntax errors
def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

class Counter:
    def __init__(self, n, exc=None):
        self.i = 0
        self.n = n
        self.exc = exc
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > self.n:
            if self.exc:
                raise self.exc
            raise StopAsyncIteration
        return self.i

class AsyncAiter:
    async def __aiter__(self):
        return Counter(1)

async def loop(it):
    async for v in it:
        print("value", v)
    else:
        print("else")
    return "end"

for it in [Counter(2), Counter(1, KeyError("stop")), AsyncAiter()]:
    try:
        print(run(loop(it)))
    except Exception as e:
        print(type(e).__name__, e)
