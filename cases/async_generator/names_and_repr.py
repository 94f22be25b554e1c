# case: __name__/__qualname__ of async generators (nested, methods, async genexps), assignment and its errors, and the reprs that follow.
# tags: async_generator introspection
class K:
    async def method(self):
        yield 1

def outer():
    async def inner():
        yield 2
    return inner()

g = K().method()
g.__name__, g.__qualname__
i = outer()
i.__name__, i.__qualname__
e = (x async for x in g)
e.__name__, e.__qualname__
g.__name__ = "renamed"
g.__qualname__ = "K.renamed"
repr(g).split(" at ")[0]
g.ag_code.co_name
try:
    g.__qualname__ = None
except TypeError as exc:
    print(exc)
del g.__name__
