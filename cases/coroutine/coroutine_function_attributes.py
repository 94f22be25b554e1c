# case: The code flags and names of a coroutine function and its coroutine; __name__/__qualname__ assignment on a coroutine; co_flags of types.coroutine generators.
# tags: coroutine introspection
import inspect
import types

async def f():
    pass

class K:
    async def method(self):
        pass

bool(f.__code__.co_flags & inspect.CO_COROUTINE)
bool(f.__code__.co_flags & inspect.CO_GENERATOR)
c = f()
c.cr_code is f.__code__
c.__name__, c.__qualname__
K().method().__qualname__
c.__name__ = "new"
c.__qualname__ = "K.new"
repr(c).split(" at ")[0]
try:
    c.__name__ = 5
except TypeError as e:
    print(e)

@types.coroutine
def gc():
    yield
bool(gc.__code__.co_flags & inspect.CO_ITERABLE_COROUTINE)
c.close()
