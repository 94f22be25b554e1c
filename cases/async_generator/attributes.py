# case: ag_running, ag_frame, ag_await, ag_code, __name__/__qualname__ and the repr through an async generator's life.
# tags: async_generator introspection
import types

@types.coroutine
def pause():
    yield "p"

async def gen():
    await pause()
    yield 1

g = gen()
g
type(g)
print(g.__name__, g.__qualname__, g.ag_code.co_name, g.ag_running, g.ag_await, g.ag_frame is None)
n = g.__anext__()
n.send(None)
print(g.ag_running, g.ag_await.__name__, g.ag_frame.f_lineno)
n.send(None)
print(g.ag_running, g.ag_await)
g.aclose().send(None)
print(g.ag_frame)
