# case: aclose() of an async generator that swallows GeneratorExit and returns, or raises another exception: StopIteration, or that exception from the aclose awaitable.
# tags: async_generator close errors
async def returns():
    try:
        yield 1
    except GeneratorExit:
        print("returning")
        return

async def raises():
    try:
        yield 1
    except GeneratorExit:
        raise KeyError("from aclose")

async def stop_async():
    try:
        yield 1
    finally:
        raise StopAsyncIteration("in finally")

for fn in [returns, raises, stop_async]:
    g = fn()
    try:
        g.__anext__().send(None)
    except StopIteration as e:
        print(fn.__name__, "yielded", e.value)
    try:
        g.aclose().send(None)
    except BaseException as e:
        print(fn.__name__, type(e).__name__, repr(e))
