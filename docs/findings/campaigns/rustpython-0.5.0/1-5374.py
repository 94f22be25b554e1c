# case: Found by yieldspec fuzz (seed 1, program 5374). (reduced)
# tags: exceptions generator genexp introspection patterns reentrancy throw
def g0(a):
    try:
        print(next(iter((repr(v) for v in g1(a))), "end"))
    finally:
        print(next(s0, "done"))
    yield
def g1(a):
    print(next(s0, "done"))
s0 = g0(0)
next(s0)
