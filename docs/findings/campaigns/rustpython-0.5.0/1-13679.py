# case: Found by yieldspec fuzz (seed 1, program 13679). (reduced)
# tags: async_generator exceptions generator genexp patterns throw
class E0(Exception): pass
async def g0(a):
    try:
        yield
    finally:
        print("finally")
s0 = (repr(v) async for v in g0(0))
s0.__anext__().send(None)
s0.athrow(E0).send(None)
