# case: PyPy: the repr of an async generator object
# tags: async_generator introspection
async def agen():
    yield
ag = agen()
repr(ag)
