# case: Found by yieldspec fuzz (seed 1, program 1195). (reduced)
# tags: coroutine generator pep479 reentrancy throw yield_from
class Aw:
    def __init__(self, it):
        self.it = it
    def __await__(self):
        return iter(self.it)
async def g0(a):
    r = await Aw([0, 0])
s2 = g0(0)
s2.send(None)
s2.throw(StopIteration(0))
