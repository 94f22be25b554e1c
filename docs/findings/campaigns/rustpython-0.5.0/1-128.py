# case: Found by yieldspec fuzz (seed 1, program 128). (reduced)
# tags: async_generator async_syntax exceptions generator genexp patterns pep479 send yield_from
async def g1(a):
    try:
        yield
    finally:
        print("finally")
s1 = g1(0)
s1.__anext__().send(None)
s1 = g1(0)
