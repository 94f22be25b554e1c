# case: aiter() (3.10+) returns __aiter__()'s result, which must have __anext__.
# tags: async_generator versions errors
# python: >=3.10
import types

async def gen():
    yield 1

g = gen()
aiter(g) is g
aiter(5)
class BadAiter:
    def __aiter__(self):
        return 5

aiter(BadAiter())
class Ticker:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n

aiter(Ticker()).__class__.__name__
g.aclose().send(None)
