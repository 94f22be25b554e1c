# case: An async generator that returns ends with StopAsyncIteration; raising StopAsyncIteration or StopIteration inside is a RuntimeError.
# tags: async_generator pep479
import types

async def short():
    yield 1

async def raises_sai():
    yield 1
    raise StopAsyncIteration

async def raises_si():
    yield 1
    raise StopIteration("x")

for f in [short, raises_sai, raises_si]:
    g = f()
    g.__anext__().send(None)
    try:
        g.__anext__().send(None)
    except BaseException as e:
        print(f.__name__, type(e).__name__, e, type(e.__cause__).__name__)
