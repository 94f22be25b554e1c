# case: RustPython: an async generator suspended in try/finally is never finalized
# tags: async_generator finalization
async def ag():
    try:
        yield 1
    finally:
        print("finally ran")
a = ag()
a.__anext__().send(None)
del a
