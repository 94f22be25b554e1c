# case: RustPython: an async for loop in an except or finally block loses the exception being handled
# tags: exceptions coroutine async_syntax
class Empty:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration
async def c0():
    try:
        raise KeyError("k")
    except KeyError:
        async for r in Empty():
            pass
        raise ValueError("v")
try:
    c0().send(None)
except ValueError as e:
    print("context:", repr(e.__context__))
