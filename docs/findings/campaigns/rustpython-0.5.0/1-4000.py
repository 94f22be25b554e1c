# case: Found by yieldspec fuzz (seed 1, program 4000). (reduced)
# tags: exceptions generator introspection patterns reentrancy send
def g1(a):
    try:
        print(next(s0, "done"))
    finally:
        x = yield (a)
        print(x)
s0 = g1(0)
list(s0)
