# case: Found by yieldspec fuzz (seed 1, program 22211). (reduced)
# tags: exceptions finalization generator patterns yield_from
def kf(v, fail):
    print(repr(v))
def g0(a):
    yield
    raise ValueError("g0.1")
s2 = g0(0)
max(s2, key=lambda v: kf(v, 0))
