# case: weakref.ref is the reference type itself, not a function: its repr names the type
#   (`weakref` before 3.10, `weakref.ReferenceType` after), isinstance() accepts it, and a
#   reference to a generator dies with the generator, whose finally runs at the del.
# tags: python, finalization, versions
import weakref

weakref.ref
weakref.ref is weakref.ReferenceType

def gen():
    try:
        yield 1
    finally:
        print("gen finally")

g = gen()
next(g)
r = weakref.ref(g)
isinstance(r, weakref.ref)
type(r) is weakref.ref
r() is g
del g
r() is None
