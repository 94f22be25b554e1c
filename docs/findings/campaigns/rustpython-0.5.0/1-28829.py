# case: Found by yieldspec fuzz (seed 1, program 28829). (reduced)
# tags: finalization generator introspection patterns reentrancy send
def kf(v, fail):
    raise ValueError("key fails")
def g0(a):
    yield
    print(next(s0, "done"))
s0 = g0(0)
max(s0, key=lambda v: kf(v, 0))
