# case: anext(agen, default) (3.10+): the default when exhausted, exceptions other than StopAsyncIteration pass through, and the awaitable's own send/throw/close.
# tags: async_generator
# python: >=3.10
import types

@types.coroutine
def sleep(v):
    got = yield v
    return got

async def agen():
    x = await sleep("awaiting")
    print("agen got", x)
    yield "value"
    raise KeyError("after")

g = agen()
a = anext(g, "dflt")
a.send(None)
a.send("resumed")
a = anext(g, "dflt")
a.send(None)
a = anext(g, "dflt")
a.send(None)
g2 = agen()
a2 = anext(g2, "dflt")
a2.send(None)
a2.throw(ValueError("thrown"))
g3 = agen()
a3 = anext(g3, "dflt")
a3.send(None)
a3.close()
a3.send(None)
