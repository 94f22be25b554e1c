# case: asend() values into an async generator: each asend awaitable ends with StopIteration carrying the yielded value.
# tags: async_generator send
import types

async def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return
        received.append(x)
        print("received", received)

g = echo()
g.asend(None).send(None)
g.asend("a").send(None)
g.asend("b").send(None)
g.asend(None).send(None)
g.asend(None).send(None)
