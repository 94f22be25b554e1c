# case: inspect's predicates for coroutine functions, coroutines, awaitables and generators.
# tags: coroutine introspection
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

import inspect

async def co():
    pass

async def ag():
    yield

def gen():
    yield

class Awaitable:
    def __await__(self):
        yield

c = co()
for obj in [co, ag, gen, c, gen(), Awaitable(), Awaitable, 5]:
    print(inspect.iscoroutinefunction(obj), inspect.iscoroutine(obj), inspect.isawaitable(obj),
          inspect.isasyncgenfunction(obj), inspect.isgeneratorfunction(obj))
c.close()
