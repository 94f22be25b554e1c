# case: athrow(type, value, tb): DeprecationWarning from 3.12 when the awaitable is made;
#   athrow() without arguments fails only when sent, leaving the generator marked running.
# tags: async_generator throw versions
import types

async def gen():
    try:
        yield 1
    except ValueError as e:
        yield repr(e)

g = gen()
g.__anext__().send(None)
t = g.athrow(ValueError, ValueError("v"), None)
t.send(None)
empty = g.athrow()
empty.send(None)
print(g.ag_running)
g.__anext__().send(None)
