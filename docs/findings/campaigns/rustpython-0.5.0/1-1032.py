# case: Found by yieldspec fuzz (seed 1, program 1032). (reduced)
# tags: exceptions generator patterns reentrancy
def g0(a):
    try:
        print(next(s0, "done"))
    finally:
        yield
s0 = g0(0)
box = [0]
box.extend(s0)
