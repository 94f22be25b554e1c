# case: return_exceptions=True keeps order with results, exceptions and a cancelled child.
# tags: asyncio cancellation
import asyncio

async def ok(x):
    await asyncio.sleep(0.01 * x)
    return x

async def fail(x):
    await asyncio.sleep(0.01 * x)
    raise ValueError(x)

async def main():
    t = asyncio.create_task(ok(5))
    g = asyncio.gather(ok(3), fail(1), t, fail(2), return_exceptions=True)
    await asyncio.sleep(0.02)
    t.cancel()
    res = await g
    for r in res:
        print(type(r).__name__, repr(r))

asyncio.run(main())
