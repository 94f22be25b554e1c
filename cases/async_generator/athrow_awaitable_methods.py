# case: The athrow awaitable's own send/throw/close: after athrow is caught and the generator yields, throw() on the awaitable sends another exception in.
# tags: async_generator throw
async def agen():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("agen caught", repr(e))
            yield "handled"

g = agen()
g.__anext__().send(None)
t = g.athrow(ValueError("first"))
t.send(None)
t = g.athrow(ValueError("second"))
t.throw(ValueError("via awaitable throw"))
t2 = g.athrow(ValueError)
try:
    t2.send(None)
except StopIteration as e:
    print("stop", e.value)
t2.throw(KeyError("uncaught"))
g.ag_frame
