# case: A finalizer hook that drives aclose() of the async generator it receives: the finally block runs inside the hook; the hook's exception is unraisable.
# tags: async_generator finalization
import sys

def fin(g):
    print("finalizer got", g.__name__, g.ag_frame is not None)
    c = g.aclose()
    try:
        c.send(None)
    except StopIteration:
        print("aclose done in finalizer")

def bad_fin(g):
    raise ValueError("finalizer failed")

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")

old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(finalizer=fin)
g = agen()
g.__anext__().send(None)
del g
sys.set_asyncgen_hooks(finalizer=bad_fin)
g = agen()
g.__anext__().send(None)
del g
print("after bad finalizer")
sys.set_asyncgen_hooks(*old)
