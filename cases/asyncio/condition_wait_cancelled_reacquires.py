# case: A Condition waiter cancelled during wait() re-acquires the lock before CancelledError leaves.
# tags: asyncio asyncio_sync cancellation
import asyncio

async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            print("cancelled; holds lock:", cond.locked())
            raise

async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    async with cond:
        t.cancel()
        await asyncio.sleep(0)
        print("main still holds:", cond.locked(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("t cancelled", cond.locked())

asyncio.run(main())
