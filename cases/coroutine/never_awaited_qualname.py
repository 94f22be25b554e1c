# case: The never-awaited warning names the coroutine's __qualname__ (as it is when dropped), for nested functions and methods too.
# tags: coroutine finalization introspection
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

class Service:
    async def fetch(self):
        return 1

def factory():
    async def inner():
        return 2
    return inner

s = Service().fetch()
del s
i = factory()()
del i
r = factory()()
r.__qualname__ = "renamed"
del r
