# case: aclose() twice, after exhaustion, after an exception ended the generator, and asend/athrow after aclose.
# tags: async_generator close
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("finally")

async def fails():
    yield 1
    raise KeyError("fail")

g = agen()
g.__anext__().send(None)
g.aclose().send(None)
g.aclose().send(None)
g.asend(None).send(None)
g.athrow(ValueError).send(None)
f = fails()
f.__anext__().send(None)
f.__anext__().send(None)
f.aclose().send(None)
f.__anext__().send(None)
e = agen()
e.aclose().send(None)
e.__anext__().send(None)
