# case: Found by yieldspec fuzz (seed 1, program 173). (reduced)
# tags: exceptions generator genexp patterns pep479 yield_from
def g0(a):
    raise StopIteration(0)
    yield from Count(0, 0)
s0 = g0(0)
for v in s0:
    pass
