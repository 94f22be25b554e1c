# case: Found by yieldspec fuzz (seed 101, program 5032388): generators nested through genexps and yield-from chains, several yielding in finally, are left in reference cycles at teardown; the collection finalizes every unreachable generator in its list (tracking) order, including ones still referenced by other garbage.
# tags: exceptions generator genexp send yield_from finalization

class CM:
    def __init__(self, label, swallow):
        self.label, self.swallow = label, swallow
    def __enter__(self):
        print(self.label, "enter")
    def __exit__(self, typ, val, tb):
        print(self.label, "exit", typ and typ.__name__)
        return self.swallow

def g0(a):
    x = None
    print("g0 start", a)
    try:
        r = yield from (repr(v) for v in g1(a + 5))
        print("g0.1", "result", r)
    finally:
        print("g0.2", "finally")
        r = yield from (repr(v) for v in g1(a + 8))
        print("g0.3", "result", r)
    r = yield from (repr(v) for v in g2(a + 4))
    print("g0.4", "result", r)

def g1(a):
    x = None
    print("g1 start", a)
    try:
        r = yield from (repr(v) for v in g2(a + 2))
        print("g1.1", "result", r)
    finally:
        print("g1.2", "finally")
        r = yield from g2(9)
        print("g1.3", "result", r)
    x = yield x
    print("g1.4", "got", x)

def g2(a):
    x = None
    print("g2 start", a)
    try:
        r = yield from range(3)
        print("g2.1", "result", r)
    finally:
        print("g2.2", "finally")
        x = yield 1
        print("g2.3", "got", x)
    with CM("g2.4", True):
        x = yield 4
        print("g2.5", "got", x)

s1 = g0(5)
next(s1)
