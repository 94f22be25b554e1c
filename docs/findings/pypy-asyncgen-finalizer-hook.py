# case: PyPy: the finalizer hook of sys.set_asyncgen_hooks is never called for a collected async generator
# tags: async_generator finalization
import sys
def firstiter(ag):
    print("firstiter", ag.__qualname__)
def finalizer(ag):
    print("finalizer", ag.__qualname__)
sys.set_asyncgen_hooks(firstiter, finalizer)
async def g0(a):
    yield
s0 = g0(0)
s0.__anext__().send(None)
s0 = None
