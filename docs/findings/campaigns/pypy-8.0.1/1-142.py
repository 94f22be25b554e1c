# case: Found by yieldspec fuzz (seed 1, program 142).
# tags: async_generator close finalization generator patterns reentrancy
import weakref
refs = []

class AIt:
    def __init__(self, it):
        self.it = iter(it)
    def __aiter__(self):
        return self
    async def __anext__(self):
        try:
            return next(self.it)
        except StopIteration:
            raise StopAsyncIteration
def drive(ag):
    out = []
    while True:
        try:
            ag.__anext__().send(None)
        except StopIteration as e:
            out.append(e.value)
        except StopAsyncIteration:
            return out

import sys
def firstiter(ag):
    print("firstiter", ag.__qualname__)
def finalizer(ag):
    print("finalizer", ag.__qualname__)
    try:
        ag.aclose().send(None)
    except StopIteration:
        pass
sys.set_asyncgen_hooks(firstiter, finalizer)

async def g0(a):
    x = None
    print("g0 start", a)
    if a > 6:
        raise GeneratorExit()
    print("g0.2", s2.__anext__().send(None))
    yield a

s2 = g0(4)
drive(s2)
refs.append(weakref.ref(s2))
s2.asend(None).send(None)
drive(s2)
s0, = map(g0, [5])
