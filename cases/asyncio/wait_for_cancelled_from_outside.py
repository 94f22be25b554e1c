# case: The task awaiting wait_for() is cancelled from outside: the inner task is cancelled, CancelledError propagates.
# tags: asyncio cancellation versions
import asyncio

async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise

async def outer():
    try:
        await asyncio.wait_for(inner(), 5)
    except asyncio.CancelledError:
        print("outer cancelled")
        raise

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: t cancelled", t.cancelled())
    print(sorted(x.get_name() for x in asyncio.all_tasks()))

asyncio.run(main())
