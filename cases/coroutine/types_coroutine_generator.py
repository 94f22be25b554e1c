# case: types.coroutine marks a generator function so that native coroutines can await its generators; the generator stays a generator.
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

@types.coroutine
def legacy():
    x = yield "legacy"
    return x

def plain():
    yield "plain"

g = legacy()
print(type(g).__name__, inspect.isawaitable(g), inspect.iscoroutine(g), inspect.isgenerator(g))
print(inspect.isgeneratorfunction(legacy), inspect.iscoroutinefunction(legacy))
async def uses(x):
    return await x

c = uses(legacy())
c.send(None)
c.send("sent")
run(uses(plain()))
async def native():
    return 1

types.coroutine(native) is native
run(uses(legacy()))
