# case: A child cancelled from outside makes gather raise CancelledError (or return it with
#   return_exceptions).
# tags: asyncio cancellation versions
import asyncio

async def child(n):
    await asyncio.sleep(n)
    return n

async def main():
    t = asyncio.create_task(child(10))
    g = asyncio.gather(child(0.1), t, return_exceptions=True)
    await asyncio.sleep(0)
    t.cancel()
    print([repr(r) for r in await g])
    t2 = asyncio.create_task(child(10))
    g2 = asyncio.gather(child(0.1), t2)
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await g2
    except asyncio.CancelledError as e:
        print("gather raised CancelledError", g2.cancelled())

asyncio.run(main())
