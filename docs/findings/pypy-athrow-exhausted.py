# case: PyPy: athrow() on an exhausted async generator raises the thrown exception
# tags: async_generator throw
async def agen():
    yield 1
ag = agen()
ag.asend(None).send(None)
ag.asend(None).send(None)
ag.athrow(ValueError("x")).send(None)
