# case: PyPy: throw(StopIteration(v)) into yield from an iterator without throw ends the delegation
# tags: throw yield_from pep479
def g0(a):
    r = yield from range(1)
    print(r)
s0 = g0(0)
next(s0)
s0.throw(StopIteration(0))
