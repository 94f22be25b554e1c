# case: ag_await and ag_running across an async generator's awaits and yields: the awaited coroutine, its generator, None at yields.
# tags: async_generator introspection
import types

@types.coroutine
def sleep(v):
    yield v

async def helper():
    await sleep("in helper")
    return 1

async def agen():
    await sleep("direct")
    await helper()
    yield "yielded"

g = agen()
g.ag_await
a = g.__anext__()
a.send(None)
type(g.ag_await).__name__
g.ag_running
a.send(None)
type(g.ag_await).__name__
type(g.ag_await.cr_await).__name__
a.send(None)
g.ag_await
g.ag_running
