# case: Cancelling a task blocked in a TaskGroup cancels its child and re-raises CancelledError.
# tags: asyncio cancellation
# python: >=3.11
import asyncio

async def child(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise

async def group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(1))

async def main():
    t = asyncio.create_task(group())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("group task cancelled")

asyncio.run(main())
