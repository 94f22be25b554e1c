# case: close() of an asend awaitable suspended in an await: up to 3.12 the async generator stays 'running'; 3.13 throws GeneratorExit into it.
# tags: async_generator close versions
import types

@types.coroutine
def pause():
    yield "paused"

async def gen():
    try:
        await pause()
        yield 1
    finally:
        print("gen finally")

g = gen()
a = g.__anext__()
a.send(None)
a.close()
print(g.ag_running)
g.__anext__().send(None)
