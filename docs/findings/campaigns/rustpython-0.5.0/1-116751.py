# case: Found by yieldspec fuzz (seed 1, program 116751). (reduced)
# tags: async_generator exceptions generator patterns reentrancy send yield_from
class AIt:
    def __init__(self, it):
        pass
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration
def drive(ag):
    while True:
        try:
            ag.__anext__().send(None)
        except StopIteration as e:
            pass
async def g0(a):
    try:
        print(s1.__anext__().send(None))
    finally:
        async for r in AIt([0]):
            pass
        try:
            print(s1.__anext__().send(None))
        finally:
            yield
s1 = g0(0)
drive(s1)
