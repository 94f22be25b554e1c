# case: throw() argument errors: too few or too many arguments, a non-exception type or
#   object, an instance with a separate value, and a bad traceback; each is a TypeError with
#   CPython's message (the multi-argument ones warn first on 3.12+).
# tags: errors throw versions
def gen():
    yield 1

g = gen()
next(g)
g.throw()
g.throw(ValueError, "v", None, None)
g.throw(object)
g.throw(object())
g.throw([ValueError])
g.throw(KeyError("k"), "v")
g.throw(KeyError, "v", 0)
next(g)
