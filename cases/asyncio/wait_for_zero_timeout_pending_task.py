# case: wait_for(task, 0) on a pending task cancels it and raises TimeoutError; the task is cancelled.
# tags: asyncio cancellation versions
import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise

async def main():
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(t, 0)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e.__cause__).__name__)
    print(t.cancelled())

asyncio.run(main())
