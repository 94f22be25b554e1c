# case: Found by yieldspec fuzz (seed 1, program 31990). (reduced)
# tags: async_generator exceptions generator send throw yield_from
async def g0(a):
    try:
        try:
            yield
        finally:
            yield
    finally:
        print("finally")
s0 = g0(0)
s0.__anext__().send(None)
s0.athrow(ValueError("d4")).send(None)
s0.asend(None).send(None)
