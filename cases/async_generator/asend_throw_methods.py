# case: throw() on an asend awaitable: thrown into the async generator at its yield; caught there, the next yield ends the awaitable.
# tags: async_generator throw
import types

async def gen():
    try:
        yield 1
    except KeyError:
        yield "caught"

g = gen()
g.__anext__().send(None)
a = g.asend(None)
a.throw(KeyError)
a.send(None)
g.__anext__().send(None)
