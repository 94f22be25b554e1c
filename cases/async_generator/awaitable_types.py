# case: The types and reprs of the asend, athrow and aclose awaitables; they are their own iterators.
# tags: async_generator introspection
import types

async def gen():
    yield 1

g = gen()
a = g.asend(None)
t = g.athrow(ValueError)
c = g.aclose()
print(type(a).__name__, type(t).__name__, type(c).__name__)
a
iter(a) is a
a.__await__() is a
a.close()
t.close()
c.close()
