# case: sys.set_asyncgen_hooks: firstiter runs when the first awaitable is made (not awaited); the finalizer receives a dropped, unfinished async generator instead of it being closed.
# tags: async_generator finalization
import types

import sys

def first(agen):
    print("firstiter", agen.__name__)

kept = []
def fin(agen):
    print("finalizer", agen.__name__)
    kept.append(agen)

async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")

sys.set_asyncgen_hooks(firstiter=first, finalizer=fin)
g = gen()
print("created")
a = g.__anext__()
print("awaitable made")
a.send(None)
b = g.__anext__()
del a, b, g
print("after del")
c = kept.pop().aclose()
c.send(None)
sys.set_asyncgen_hooks(None, None)
