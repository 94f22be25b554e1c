# case: Found by yieldspec fuzz (seed 1, program 108). (reduced)
# tags: coroutine generator introspection send
class CM:
    def __init__(self, label, swallow):
        self.label, self.swallow = label, swallow
    def __enter__(self):
        pass
    def __exit__(self, typ, val, tb):
        return self.swallow
import types
@types.coroutine
def sus(v):
    return (yield v)
async def g1(a):
    with CM("g1.1", True):
        await sus(a)
    print(a)
s2 = g1(0)
s2.send(None)
