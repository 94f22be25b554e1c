# case: Cancelling one child of a gather directly: gather raises CancelledError (or returns it with return_exceptions).
# tags: asyncio cancellation versions
import asyncio

async def sleeper(n):
    await asyncio.sleep(n)
    return n

async def main():
    a = asyncio.ensure_future(sleeper(0.1))
    b = asyncio.ensure_future(sleeper(0.2))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0)
    a.cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather raised CancelledError", e.args, g.cancelled(), b.done())
    print(await b)
    c = asyncio.ensure_future(sleeper(0.1))
    d = asyncio.ensure_future(sleeper(0.2))
    g2 = asyncio.gather(c, d, return_exceptions=True)
    await asyncio.sleep(0)
    c.cancel()
    res = await g2
    print([type(r).__name__ for r in res], repr(res[0]))

asyncio.run(main())
