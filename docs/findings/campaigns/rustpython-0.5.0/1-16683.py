# case: Found by yieldspec fuzz (seed 1, program 16683). (reduced)
# tags: coroutine exceptions finalization generator introspection patterns reentrancy yield_from
class Aw:
    def __init__(self, it):
        self.it = it
    def __await__(self):
        return iter(self.it)
async def g0(a):
    try:
        print(s1.send(None))
    except BaseException as e:
        r = await Aw([0, 0, 0])
s1 = g0(0)
for v in s1.__await__():
    print(v)
