# case: A task cancelled again while handling its first cancellation gets a second CancelledError at
#   its next await.
# tags: asyncio cancellation
import asyncio

async def victim():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("first cancel")
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("second cancel")
    return "survived both"

async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    t.cancel()
    print(await t)

asyncio.run(main())
