# case: cancelling() across several cancel() calls, uncancel() below zero, and a task that survives.
# tags: asyncio cancellation versions
# python: >=3.11
import asyncio

async def survivor():
    me = asyncio.current_task()
    for i in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("round", i, "cancelling", me.cancelling(), "uncancel ->", me.uncancel())
    return "alive"

async def main():
    t = asyncio.create_task(survivor())
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel(), t.cancelling())
    await asyncio.sleep(0)
    print(t.cancelling())
    t.cancel()
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print(await t, t.cancelling(), t.uncancel(), t.uncancel())

asyncio.run(main())
