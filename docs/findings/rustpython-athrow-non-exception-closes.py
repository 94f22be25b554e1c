# case: RustPython: athrow() of a non-exception finishes the async generator
# tags: async_generator throw errors
async def g0():
    print("body")
    yield 1
s = g0()
s.athrow(0).send(None)
s.ag_frame is None
s.asend(None).send(None)
