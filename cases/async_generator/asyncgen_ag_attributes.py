# case: ag_running, ag_await, ag_frame, ag_code while an async generator is suspended in an await and after.
# tags: async_generator introspection
import asyncio, types

@types.coroutine
def pause():
    yield "paused"

async def ag():
    await pause()
    yield 1

g = ag()
print(g.ag_running, g.ag_await, g.ag_frame is not None, g.ag_code.co_name)
a = g.asend(None)
print(a.send(None))
print(g.ag_running, type(g.ag_await).__name__)
try:
    a.send(None)
except StopIteration as e:
    print("yielded", e.value)
print(g.ag_running, g.ag_await)
print(g.__name__, g.__qualname__, type(g).__name__)
