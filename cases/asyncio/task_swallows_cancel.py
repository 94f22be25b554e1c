# case: A task that catches CancelledError and returns normally is not cancelled; its result is what
#   it returned.
# tags: asyncio cancellation
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("ignoring cancel")
    await asyncio.sleep(0)
    return "finished anyway"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t)
    print(t.cancelled())

asyncio.run(main())
