# case: Found by yieldspec fuzz (seed 1, program 1676). (reduced)
# tags: exceptions generator introspection patterns pep479 send throw yield_from
class E0(Exception): pass
class E1(E0): pass
class Count:
    def __init__(self, n, ret):
        pass
    def __iter__(self):
        return self
    def __next__(self):
        pass
class Proto(Count):
    def throw(self, typ, val=None, tb=None):
        print(repr(val))
def g0(a):
    yield from Proto(0, 0)
s0 = g0(0)
next(s0)
s0.throw(E1)
