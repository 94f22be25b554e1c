# case: The finalizer hook is not called for an async generator that ran to the end or was aclosed; it is for one suspended at a yield or inside an await.
# tags: async_generator finalization
import sys
import types

@types.coroutine
def sleep():
    yield "sleeping"

def fin(g):
    print("finalizer", g.__name__)

async def short():
    yield 1

async def sleeper():
    await sleep()
    yield 2

old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(finalizer=fin)
g = short()
g.__anext__().send(None)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("exhausted")
del g
g = short()
g.__anext__().send(None)
try:
    g.aclose().send(None)
except StopIteration:
    print("aclosed")
del g
g = sleeper()
a = g.__anext__()
a.send(None)
del a
print("awaitable dropped")
del g
sys.set_asyncgen_hooks(*old)
