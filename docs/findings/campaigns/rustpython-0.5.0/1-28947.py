# case: Found by yieldspec fuzz (seed 1, program 28947). (reduced)
# tags: exceptions generator introspection patterns
def g0(a):
    try:
        yield
    finally:
        raise ValueError("g0.5")
s0 = g0(0)
try:
    box = [0]
    box += s0
finally:
    print(box)
