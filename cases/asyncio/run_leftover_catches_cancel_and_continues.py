# case: A leftover task that swallows the cancellation asyncio.run sends, sleeps again and finishes.
# tags: asyncio cancellation
import asyncio

async def obstinate():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("obstinate: cancelled, finishing anyway")
        await asyncio.sleep(0)
        print("obstinate: done")
        return "ignored"

async def main():
    asyncio.create_task(obstinate())
    await asyncio.sleep(0)
    print("main returns")
    return 1

print(asyncio.run(main()))
