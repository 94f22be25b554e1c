# case: Found by yieldspec fuzz (seed 1, program 28021). (reduced)
# tags: close exceptions generator introspection patterns reentrancy yield_from
class Count:
    def __init__(self, n, ret):
        pass
    def __iter__(self):
        return self
    def __next__(self):
        pass
def g0(a):
    try:
        print(next(s0, "done"))
    except Exception as e:
        pass
    yield from Count(0, 0)
s0 = g0(0)
list(zip(s0, range(2), strict=True))
