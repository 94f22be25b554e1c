# case: Found by yieldspec fuzz (seed 1, program 288). (reduced)
# tags: close exceptions generator patterns reentrancy send throw yield_from
def g1(a):
    try:
        raise ValueError("g1.1")
    except BaseException as e:
        yield
s1 = g1(0)
next(s1)
s1.throw(GeneratorExit, GeneratorExit(), None)
