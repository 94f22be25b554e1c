# case: A leftover task that turns its cancellation into another exception is reported by
#   asyncio.run's shutdown through the loop's exception handler.
# tags: asyncio cancellation
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise ValueError("not now")

async def main():
    asyncio.create_task(stubborn(), name="stubborn")
    await asyncio.sleep(0)

asyncio.run(main())
