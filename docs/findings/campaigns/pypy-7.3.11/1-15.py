# case: Found by yieldspec fuzz (seed 1, program 15). (reduced)
# tags: close finalization generator genexp introspection patterns yield_from
def g0(a):
    yield
s1 = g0(0)
list(zip(s1, range(0), strict=True))
