# case: Found by yieldspec fuzz (seed 1, program 110183). (reduced)
# tags: close exceptions generator genexp patterns send
def g0(a):
    try:
        for i1 in range(1):
            return
    finally:
        return a
s0 = (repr(v) for v in g0(0))
