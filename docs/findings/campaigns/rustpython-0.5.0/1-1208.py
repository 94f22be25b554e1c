# case: Found by yieldspec fuzz (seed 1, program 1208). (reduced)
# tags: async_generator generator genexp throw yield_from
import sys
def firstiter(ag):
    print(ag.__qualname__)
def finalizer(ag):
    pass
sys.set_asyncgen_hooks(firstiter, finalizer)
async def g1(a):
    yield
s2 = g1(0)
s2.athrow().send(None)
