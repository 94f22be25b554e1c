# case: firstiter runs once per async generator, when its first asend/athrow/aclose/__anext__ awaitable is made, even if that awaitable is never sent; an exception in firstiter propagates from the method call.
# tags: async_generator
import sys

calls = []

def fi(g):
    calls.append(g.__name__)
    print("firstiter", g.__name__)

async def agen():
    yield 1

old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=fi, finalizer=None)
for method in ["__anext__", "asend", "athrow", "aclose"]:
    g = agen()
    if method == "asend":
        aw = g.asend(None)
    elif method == "athrow":
        aw = g.athrow(ValueError)
    else:
        aw = getattr(g, method)()
    print(method, type(aw).__name__)
    g.__anext__()
    aw.close()
len(calls)

def failing(g):
    raise KeyError("firstiter failed")

sys.set_asyncgen_hooks(firstiter=failing)
g = agen()
g.__anext__()
g.__anext__()
sys.set_asyncgen_hooks(*old)
