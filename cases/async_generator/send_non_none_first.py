# case: asend() of a non-None value to a fresh async generator; athrow on a fresh one with a value sent.
# tags: async_generator send errors
import types

async def gen():
    x = yield 1
    print("got", x)

g = gen()
g.asend(5).send(None)
g.asend(None).send(None)
g.asend("x").send(None)
g = gen()
g.athrow(ValueError).send(1)
g.asend()
g.aclose(1)
