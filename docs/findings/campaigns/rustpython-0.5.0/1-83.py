# case: Found by yieldspec fuzz (seed 1, program 83). (reduced)
# tags: exceptions generator genexp patterns yield_from
def kf(v, fail):
    print(repr(v))
def g1(a):
    r = yield from [0]
    print(r)
s1 = g1(0)
max(s1, key=lambda v: kf(v, 0))
