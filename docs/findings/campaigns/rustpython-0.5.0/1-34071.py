# case: Found by yieldspec fuzz (seed 1, program 34071). (reduced)
# tags: exceptions generator genexp patterns throw
class E0(Exception): pass
class CM:
    def __init__(self, label, swallow):
        pass
    def __enter__(self):
        pass
    def __exit__(self, typ, val, tb):
        print(typ and typ.__name__)
def g0(a):
    with CM("g0.1", False):
        yield
s1 = (repr(v) for v in g0(0))
next(s1)
s1.throw(E0)
