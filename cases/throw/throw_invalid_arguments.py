# case: throw() with invalid arguments raises TypeError in the caller with CPython's messages
#   and leaves the generator untouched: it is still suspended at the same yield (3.12+ also warn
#   about the deprecated multi-argument form before rejecting it).
# tags: throw errors versions
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally")

g = gen()
next(g)
g.throw(5)
g.throw("message")
g.throw(int)
g.throw(ValueError("v"), "separate value")
g.throw(ValueError, "v", "not a traceback")
g.throw()
g.throw(ValueError, 1, None, 4)
next(g)
