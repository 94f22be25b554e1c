# case: RustPython: the DeprecationWarning of the 3-argument throw() has 3.12's wording
# tags: throw versions
def gen():
    yield
g = gen()
next(g)
g.throw(ValueError, ValueError("x"), None)
