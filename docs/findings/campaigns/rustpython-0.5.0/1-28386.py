# case: Found by yieldspec fuzz (seed 1, program 28386). (reduced)
# tags: async_generator exceptions generator introspection patterns pep479 yield_from
class E0(Exception): pass
class E1(E0): pass
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
        raise StopIteration(0)
    finally:
        async for r in AIt(Proto(0, 0)):
            yield
        raise E1("g0.10")
s1 = g0(0)
drive(s1)
