# case: The finalizer hook also gets an async generator whose first __anext__ was made but never sent (3.13 warns
#   that the awaitable was never awaited); one with no awaitable made skips the hooks.
# tags: async_generator finalization
import types

import sys

sys.set_asyncgen_hooks(firstiter=lambda g: print("first", g.__name__),
                       finalizer=lambda g: print("fin", g.__name__))
async def gen():
    yield 1

g = gen()
first_step = g.__anext__()
del first_step
del g
h = gen()
del h
print("done")
sys.set_asyncgen_hooks(None, None)
