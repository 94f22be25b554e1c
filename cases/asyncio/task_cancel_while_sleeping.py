# case: Cancelling a sleeping task throws CancelledError at its await; it can clean up and its
#   result is cancelled.
# tags: asyncio cancellation
import asyncio

async def sleeper():
    try:
        print("sleeping")
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("caught", type(e).__name__, e.args)
        raise
    finally:
        print("cleanup")

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel()
    print("cancel requested", t.cancelled())
    await asyncio.sleep(0)
    print("after one step", t.done(), t.cancelled())

asyncio.run(main())
