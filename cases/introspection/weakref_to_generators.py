# case: Weak references and proxies to generators (and the other objects CPython allows):
#   ref() gives the generator while it lives and None after, one reference and one proxy per
#   object are handed out again, a proxy forwards attributes, iteration and calls and raises
#   ReferenceError once the generator is gone; a weak reference is already dead inside the
#   finalizer of the generator it pointed to; the types that refuse weak references.
# tags: introspection finalization errors
import weakref
def gen():
    yield 1
    yield 2
class C:
    pass
g = gen()
w = weakref.ref(g)
p = weakref.proxy(g)
type(w), type(p), type(w).__name__, type(p).__module__
w
p
w() is g
weakref.ref(g) is w, weakref.proxy(g) is p
next(p), p.gi_running, list(p), bool(p)
c = C()
wc = weakref.ref(c)
wc
weakref.ref(gen)
weakref.ref(C)
for o in [1, [], (), "s", ValueError(), len, iter([]), {}, set()]:
    try:
        weakref.ref(o)
        print("ok", type(o).__name__)
    except TypeError as e:
        print(e)
g2 = gen()
del g
w()
w
p.gi_running
next(p)
iter(p)
class E(Exception):
    pass
weakref.ref(E()) is not None
def fin():
    try:
        yield 1
    finally:
        print("finally; weakref is", wr())
f = fin()
next(f)
wr = weakref.ref(f)
del f
weakref.ref(1, None)
weakref.ref()
weakref.proxy(gen)().__name__
weakref.ref(g2)
