# case: athrow()/aclose() on an async generator that never started, and on one that finished.
# tags: async_generator throw close
import types

async def gen():
    print("body")
    yield 1

g = gen()
g.athrow(ValueError("fresh")).send(None)
g.__anext__().send(None)
g = gen()
g.aclose().send(None)
g.__anext__().send(None)
g = gen()
g.__anext__().send(None)
g.__anext__().send(None)
g.athrow(ValueError).send(None)
g.aclose().send(None)
