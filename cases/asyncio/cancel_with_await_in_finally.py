# case: A cancelled task that awaits in its finally block finishes the cleanup before it is done.
# tags: asyncio cancellation
import asyncio

async def cleanup_task():
    try:
        await asyncio.sleep(10)
    finally:
        print("cleanup begins")
        await asyncio.sleep(0.1)
        print("cleanup ends")

async def main():
    t = asyncio.create_task(cleanup_task())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("done yet?", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("now cancelled", asyncio.get_running_loop().time())

asyncio.run(main())
