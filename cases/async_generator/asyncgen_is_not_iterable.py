# case: An async generator is not iterable: for, list() and next() fail; it has no send.
# tags: async_generator errors
import types

async def gen():
    yield 1

g = gen()
iter(g)
next(g)
list(g)
g.send
def plain():
    yield from gen()

next(plain())
for x in g:
    pass
