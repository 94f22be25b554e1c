# case: The StopIteration that ends an asend()/__anext__() awaitable when the async generator
#   yields None: StopIteration() up to 3.13, StopIteration(None) from 3.14; with a firstiter
#   hook installed too (found by fuzzing, seed 7).
# tags: async_generator versions
import sys

async def g0():
    yield None
    yield 0

def probe(label, f):
    try:
        f()
    except StopIteration as e:
        print(label, repr(e), e.args, e.value)

s = g0()
probe("asend", lambda: s.asend(None).send(None))
probe("anext", lambda: s.__anext__().send(None))
sys.set_asyncgen_hooks(lambda a: print("firstiter"), None)
t = g0()
probe("anext with hook", lambda: t.__anext__().send(None))
sys.set_asyncgen_hooks(None, None)
