# case: Found by yieldspec fuzz (seed 1, program 451). (reduced)
# tags: generator patterns
def g0(a):
    yield
s0 = g0(0)
next(s0)
max(s0, key=lambda v: kf(v, 0))
