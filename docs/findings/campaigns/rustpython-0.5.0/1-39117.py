# case: Found by yieldspec fuzz (seed 1, program 39117). (reduced)
# tags: async_generator exceptions generator genexp introspection patterns yield_from
class Count:
    def __init__(self, n, ret):
        pass
class Proto(Count):
    pass
class AIt:
    def __init__(self, it):
        pass
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration
def drive(ag):
    ag.__anext__().send(None)
async def g0(a):
    try:
        raise ValueError("g0.1")
    finally:
        async for r in AIt(Proto(0, 0)):
            yield
        raise ValueError("g0.6")
s0, = map(g0, [0])
drive(s0)
