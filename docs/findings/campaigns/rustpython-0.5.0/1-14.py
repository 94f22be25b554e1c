# case: Found by yieldspec fuzz (seed 1, program 14). (reduced)
# tags: coroutine generator send throw
class E0(Exception): pass
class E1(E0): pass
async def g0(a):
    pass
s1 = g0(0)
s1.throw(ValueError("d1"))
s1.throw(E1("d2"))
