# case: Found by yieldspec fuzz (seed 1, program 57). (reduced)
# tags: exceptions generator introspection reentrancy send yield_from
def g1(a):
    yield
    yield
    try:
        yield
    except (KeyError, E1) as e:
        pass
s0 = g1(0)
next(s0, "default")
s0.send(0)
next(s0)
