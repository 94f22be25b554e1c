# case: StopAsyncIteration raised in an async generator body, from a helper coroutine it awaits, and caught inside: RuntimeError with the chain, or no effect when caught.
# tags: async_generator errors pep479
async def raiser():
    raise StopAsyncIteration("from helper")

async def direct():
    yield 1
    raise StopAsyncIteration("direct")

async def via_await():
    yield 1
    await raiser()

async def caught():
    try:
        await raiser()
    except StopAsyncIteration as e:
        print("caught", repr(e))
    yield "after"

for fn in [direct, via_await, caught]:
    g = fn()
    for _ in range(3):
        try:
            g.__anext__().send(None)
        except StopIteration as e:
            print(fn.__name__, "yielded", e.value)
        except BaseException as e:
            print(fn.__name__, type(e).__name__, repr(e), type(e.__cause__).__name__, type(e.__context__).__name__)
