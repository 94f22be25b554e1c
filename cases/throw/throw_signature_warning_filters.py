# case: throw(type, value) under warnings.catch_warnings: recorded DeprecationWarning from
#   3.12, raised by an "error" filter before the exception reaches the generator.
# tags: throw versions
import warnings
def gen():
    try:
        yield 1
    except ValueError as e:
        print("caught", repr(e))
        yield 2
g = gen()
next(g)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(g.throw(ValueError, ValueError("x")))
    print(len(w), [str(x.category.__name__) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    g2 = gen(); next(g2)
    try:
        g2.throw(ValueError, "v")
    except DeprecationWarning as e:
        print("DW", e)
    except ValueError as e:
        print("VE", e)
warnings.warn("hello")
warnings.warn("hello", RuntimeWarning)
def w2():
    warnings.warn("in gen", UserWarning)
    yield 1
list(w2())
with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter("always")
    warnings.warn("a")
    warnings.warn("b", DeprecationWarning)
[(r.category.__name__, str(r.message)) for r in rec]
