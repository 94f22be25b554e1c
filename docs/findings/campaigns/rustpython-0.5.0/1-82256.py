# case: Found by yieldspec fuzz (seed 1, program 82256). (reduced)
# tags: close coroutine finalization generator genexp patterns throw yield_from
class Count:
    def __init__(self, n, ret):
        self.i, self.n, self.ret = 0, n, ret
    def __iter__(self):
        return self
    def __next__(self):
        pass
class Proto(Count):
    def close(self):
        print(self.i)
class Aw:
    def __init__(self, it):
        self.it = it
    def __await__(self):
        return iter(self.it)
async def g0(a):
    r = await Aw(Proto(0, 0))
s0 = (repr(v) for v in g0(0).__await__())
s0.send(None)
s0.throw(GeneratorExit)
