# case: aclose() of an async generator whose finally awaits: the awaited values pass out through the aclose awaitable, values sent come back in, then StopIteration.
# tags: async_generator close
import types

@types.coroutine
def sleep(v):
    got = yield v
    print("sleep got", got)

async def agen():
    try:
        yield "one"
    finally:
        await sleep("cleanup 1")
        await sleep("cleanup 2")
        print("finally done")

g = agen()
g.__anext__().send(None)
c = g.aclose()
c.send(None)
c.send("a")
c.send("b")
c.send(None)
g.ag_frame
