# case: A second __anext__/athrow/aclose while an awaitable is suspended inside an await: 'asynchronous generator is already running'.
# tags: async_generator reentrancy errors
import types

@types.coroutine
def pause():
    yield "paused"

async def gen():
    await pause()
    yield 1

g = gen()
first = g.__anext__()
first.send(None)
g.__anext__().send(None)
g.athrow(ValueError).send(None)
g.aclose().send(None)
print(g.ag_running)
first.send(None)
print(g.ag_running)
