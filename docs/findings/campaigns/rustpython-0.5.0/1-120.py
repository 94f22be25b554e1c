# case: Found by yieldspec fuzz (seed 1, program 120). (reduced)
# tags: async_generator async_syntax exceptions finalization generator genexp introspection patterns pep479 reentrancy send throw yield_from
async def g2(a):
    pass
s1, = map(g2, [0])
s1.__name__ = 0
