# case: asend/athrow/aclose awaitables closed or thrown into before their first send, then sent: the reuse errors, and the async generator unaffected.
# tags: async_generator errors
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")

g = agen()
a = g.asend(None)
a.close()
a.send(None)
t = g.athrow(ValueError)
t.close()
t.send(None)
c = g.aclose()
c.close()
c.send(None)
g.__anext__().send(None)
a2 = g.asend(None)
a2.throw(KeyError("into asend"))
a2.send(None)
g.ag_frame is None
