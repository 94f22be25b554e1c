# case: athrow() and aclose() awaitables driven by hand while the async generator awaits inside its handler: the values the inner awaitable yields pass through, the handler's yield comes back as StopIteration, a yield during aclose() is 'ignored GeneratorExit'.
# tags: async_generator throw close
import types

@types.coroutine
def suspend(value):
    received = yield value
    print("suspend received", received)
    return received

async def handler_awaits():
    try:
        yield 1
    except ValueError as e:
        got = await suspend("in-handler")
        print("handler resumed with", got, "after", repr(e))
        yield 2
    yield 3

g = handler_awaits()
g.asend(None).send(None)
t = g.athrow(ValueError("boom"))
t.send(None)
t.send("x")
t.send(None)
g.asend(None).send(None)

async def awaits_twice_in_finally():
    try:
        yield 1
    finally:
        await suspend("cleanup-1")
        await suspend("cleanup-2")
        print("cleaned")

h = awaits_twice_in_finally()
h.asend(None).send(None)
c = h.aclose()
c.send(None)
c.send("a")
c.send("b")
c.send(None)

async def yields_after_await_in_finally():
    try:
        yield 1
    finally:
        await suspend("cleanup")
        yield "stubborn"

k = yields_after_await_in_finally()
k.asend(None).send(None)
c2 = k.aclose()
c2.send(None)
c2.send("go")
c2.send(None)
k.ag_running
