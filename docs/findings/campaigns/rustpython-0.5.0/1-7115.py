# case: Found by yieldspec fuzz (seed 1, program 7115). (reduced)
# tags: close exceptions finalization generator reentrancy send yield_from
def g0(a):
    try:
        yield from g1(a)
    finally:
        yield
def g1(a):
    yield
s0 = g0(0)
next(s0)
s0.close()
next(s0, "default")
