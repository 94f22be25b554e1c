# case: An async generator's second asend while the first is suspended in an await; reuse of an awaitable.
# tags: async_generator reentrancy errors versions
import types

@types.coroutine
def pause():
    yield "p"

async def ag():
    await pause()
    yield 1

g = ag()
a1 = g.asend(None)
print(a1.send(None))
a2 = g.asend(None)
try:
    a2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    a1.send(None)
except StopIteration as e:
    print("a1", e.value)
try:
    a1.send(None)
except RuntimeError as e:
    print("reuse:", e)
n = g.__anext__()
try:
    n.send(None)
except StopAsyncIteration:
    print("done")
try:
    n.send(None)
except RuntimeError as e:
    print("reuse:", e)
