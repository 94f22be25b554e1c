# case: An asend/__anext__ awaitable that finished cannot be reused; neither can an athrow/aclose one.
# tags: async_generator errors
import types

async def gen():
    yield 1
    yield 2

g = gen()
a = g.__anext__()
a.send(None)
a.send(None)
a.throw(ValueError)
t = g.athrow(KeyError)
t.send(None)
t.send(None)
c = g.aclose()
c.send(None)
c.send(None)
