# case: Found by yieldspec fuzz (seed 1, program 26628). (reduced)
# tags: close exceptions finalization generator patterns pep479 send throw yield_from
def g0(a):
    try:
        print(x)
    finally:
        yield from g1(a)
def g1(a):
    raise StopIteration(0)
    yield
s2 = g0(0)
box = [0]
box += s2
