# case: PyPy: the message of __anext__() on an async generator that is already running
# tags: async_generator reentrancy errors
async def agen():
    print(ag.__anext__().send(None))
    yield
ag = agen()
ag.__anext__().send(None)
