# case: Found by yieldspec fuzz (seed 1, program 214). (reduced)
# tags: exceptions generator patterns send throw yield_from
def g0(a):
    yield from [0, 0]
s1 = g0(0)
s1.throw()
