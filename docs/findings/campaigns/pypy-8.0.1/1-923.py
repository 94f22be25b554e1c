# case: Found by yieldspec fuzz (seed 1, program 923). (reduced)
# tags: async_generator exceptions generator introspection patterns send
import sys
def firstiter(ag):
    pass
def finalizer(ag):
    print(ag.__qualname__)
sys.set_asyncgen_hooks(firstiter, finalizer)
async def g0(a):
    yield
s0 = g0(0)
s0.asend(0).send(None)
s0, = map(g0, [0])
