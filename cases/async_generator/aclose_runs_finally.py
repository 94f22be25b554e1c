# case: aclose() throws GeneratorExit in at the yield: finally runs, aclose ends with StopIteration, later asend gives StopAsyncIteration.
# tags: async_generator close
import types

async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = gen()
g.__anext__().send(None)
g.aclose().send(None)
g.__anext__().send(None)
g.aclose().send(None)
print(g.ag_frame)
