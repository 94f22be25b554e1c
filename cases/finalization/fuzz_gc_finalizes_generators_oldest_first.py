# case: Generators left in reference cycles are finalized by the teardown's collection oldest first, whatever order the frames holding them were created in: each outer generator yields in its finally (ignoring GeneratorExit), so its frame stays in a cycle with the inner generator it delegates to; the inner generators were created in the reverse order of the outer ones.
# tags: finalization yield_from genexp
def outer(a):
    try:
        yield
    finally:
        yield from inner(a)

def inner(a):
    try:
        yield
    finally:
        print("inner finalized", a)

# Teardown deletes b, then a: b's inner generator is made first.
a = (repr(v) for v in outer("inner of a, made second"))
b = (repr(v) for v in outer("inner of b, made first"))
next(a)
next(b)
