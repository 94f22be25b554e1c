# case: Found by yieldspec fuzz (seed 1, program 14880). (reduced)
# tags: async_generator close generator genexp patterns
import sys
def firstiter(ag):
    pass
def finalizer(ag):
    print(ag.__qualname__)
sys.set_asyncgen_hooks(firstiter, finalizer)
async def g0(a):
    yield
s0 = (repr(v) async for v in g0(0))
s0.__anext__().send(None)
s0.aclose().send(None)
