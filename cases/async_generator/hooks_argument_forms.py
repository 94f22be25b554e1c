# case: sys.set_asyncgen_hooks: positional and keyword forms, None to clear one hook, argument-count and keyword errors, a failing firstiter hook.
# tags: async_generator errors
import sys
log = []
def first(ag):
    print("firstiter", ag.__name__)
def fin(ag):
    print("finalizer", ag.__name__)
old = sys.get_asyncgen_hooks()
old
sys.set_asyncgen_hooks(first, fin)
h = sys.get_asyncgen_hooks()
h.firstiter is first, h.finalizer is fin, h[0] is first
async def ag():
    try:
        yield 1
    finally:
        print("agfin")
g = ag()
a = g.asend(None)
b = g.__anext__()
del a, b
g2 = ag()
g2.aclose()
g3 = ag()
try:
    g3.asend(None).send(None)
except StopIteration as e:
    print("v", e.value)
del g3
sys.set_asyncgen_hooks(firstiter=None)
sys.get_asyncgen_hooks()
g4 = ag()
try:
    g4.asend(None).send(None)
except StopIteration as e:
    print("v", e.value)
del g4
try:
    sys.set_asyncgen_hooks(1)
except TypeError as e:
    print(e)
try:
    sys.set_asyncgen_hooks(finalizer=2)
except TypeError as e:
    print(e)
try:
    sys.set_asyncgen_hooks(None, None, None)
except TypeError as e:
    print(e)
sys.set_asyncgen_hooks(None, None)
sys.get_asyncgen_hooks()
def bad_first(ag):
    raise ValueError("no")
sys.set_asyncgen_hooks(bad_first)
g5 = ag()
try:
    g5.asend(None)
except ValueError as e:
    print("VE", e)
try:
    g5.asend(None).send(None)
except Exception as e:
    print(type(e).__name__, e)
sys.set_asyncgen_hooks(None, None)
