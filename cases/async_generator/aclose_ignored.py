# case: An async generator that yields in finally during aclose(): 'async generator ignored GeneratorExit'; dropped like that, the error is unraisable.
# tags: async_generator close errors finalization
import types

async def stubborn():
    try:
        yield 1
    finally:
        yield 2

g = stubborn()
g.__anext__().send(None)
g.aclose().send(None)
h = stubborn()
h.__anext__().send(None)
del h
print("after del")
