# case: cr_await at each level of a suspended await chain: the next coroutine down, the types.coroutine generator at the bottom, an __await__ iterator; None before start and after the end.
# tags: coroutine introspection
import types

@types.coroutine
def bottom():
    yield "bottom"

class Awaitable:
    def __await__(self):
        return iter(["from iterator"])

async def mid():
    await bottom()
    await Awaitable()
    return "mid done"

async def top():
    return await mid()

t = top()
t.cr_await
t.send(None)
inner = t.cr_await
type(inner).__name__
type(inner.cr_await).__name__
inner.cr_await.gi_code.co_name
t.send(None)
type(t.cr_await).__name__
type(inner.cr_await).__name__
t.send(None)
t.cr_await
inner.cr_await
inner.cr_frame
