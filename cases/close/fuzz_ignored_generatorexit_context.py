# case: close() of a delegating generator whose subgenerator ignores GeneratorExit after an
#   earlier throw was handled (found by the fuzzer): the RuntimeError reported as unraisable
#   carries no __context__, while the GeneratorExit that escapes close() does.
# tags: close throw yield_from finalization
class E0(Exception):
    pass
def inner():
    try:
        yield from range(1)
    finally:
        yield from (repr(v) for v in range(1))
def outer():
    try:
        yield from inner()
    finally:
        yield from (repr(v) for v in inner())
g = outer()
next(g)
g.throw(E0, E0("thrown"), None)
g.send(0)
g.throw(GeneratorExit)
