# case: An exception escaping main leaves asyncio.run after cancelling the other tasks.
# tags: asyncio cancellation
import asyncio

async def bystander():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("bystander cancelled")
        raise
    finally:
        print("bystander finally")

async def main():
    asyncio.create_task(bystander())
    await asyncio.sleep(0)
    raise KeyError("main failed")

try:
    asyncio.run(main())
except KeyError as e:
    print("caught", repr(e))
