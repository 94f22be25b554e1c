# case: StopIteration or StopAsyncIteration raised inside an async generator's body becomes RuntimeError('async generator raised …') with the original as its cause; the generator is finished afterwards.
# tags: async_generator errors
async def raises(exc):
    yield 1
    raise exc

def step(agen):
    try:
        agen.__anext__().send(None)
    except StopIteration as e:
        return ("yielded", e.value)
    except BaseException as e:
        return ("raised", type(e).__name__, str(e), type(e.__cause__).__name__, type(e.__context__).__name__)

g = raises(StopIteration(7))
step(g)
step(g)
step(g)

h = raises(StopAsyncIteration("inner"))
step(h)
step(h)
step(h)

async def stop_iteration_from_next():
    yield next(iter([]))

step(stop_iteration_from_next())

async def stop_async_in_try():
    try:
        yield 1
        raise StopAsyncIteration
    except RuntimeError as e:
        print("not reached", e)

k = stop_async_in_try()
step(k)
step(k)
