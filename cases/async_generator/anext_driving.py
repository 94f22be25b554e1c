# case: __anext__() awaitables driven by hand through awaits inside the async generator: values of awaits pass through, yields end the step.
# tags: async_generator
import types

@types.coroutine
def pause(v):
    got = yield v
    return got

async def gen():
    a = await pause("await 1")
    yield ("first", a)
    b = await pause("await 2")
    yield ("second", b)

g = gen()
n = g.__anext__()
n.send(None)
n.send("A")
n = g.__anext__()
n.send(None)
n.send("B")
g.__anext__().send(None)
