# case: Wrong argument counts and types for asend, athrow, aclose and __anext__ on an async generator, and athrow with a non-exception.
# tags: async_generator errors
async def agen():
    yield 1

g = agen()
g.asend()
g.asend(1, 2)
g.aclose(1)
g.__anext__(1)
g.athrow()
t = g.athrow(5)
t.send(None)
t = g.athrow(ValueError, 1, 2, 3)
t.send(None)
t = g.athrow(ValueError("v"), 1)
t.send(None)
g.ag_frame is not None
g.__anext__(x=1)
g.__aiter__(1)
g.asend(None).__next__(1)
g.asend(None).__await__(1)

async def coro():
    pass

k = coro()
k.__await__(1)
k.__await__().__next__(1)
k.close()
