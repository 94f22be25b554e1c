# case: RustPython: athrow() of a non-exception finishes the async generator
# tags: async_generator throw errors
async def g0():
    print("body")
    yield 1
s = g0()
s.athrow(0).send(None)
s.ag_frame is None
s.asend(None).send(None)
async def g1():
    try:
        yield 1
    except ValueError:
        yield 2
    print("after")
t = g1()
t.asend(None).send(None)
t.athrow(ValueError()).send(None)
t.ag_frame is None
t.asend(None).send(None)
