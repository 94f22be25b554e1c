# case: Found by yieldspec fuzz (seed 1, program 17881). (reduced)
# tags: async_generator generator introspection patterns pep479 throw
async def g0(a):
    print(a)
    yield
s0 = g0(0)
s0.athrow(0).send(None)
s0.asend(None).send(None)
