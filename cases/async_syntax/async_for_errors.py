# case: async for over objects without __aiter__, with __aiter__ returning a non-async-iterator, with __anext__ returning a non-awaitable.
# tags: async_syntax errors
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

class NoAnext:
    def __aiter__(self):
        return 5

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 7

class SyncIter:
    def __iter__(self):
        return iter([1])

async def loop(obj):
    async for x in obj:
        print(x)

for obj in [[1, 2], NoAnext(), BadAnext(), SyncIter(), None]:
    try:
        run(loop(obj))
    except TypeError as e:
        print(type(obj).__name__, "->", e)
