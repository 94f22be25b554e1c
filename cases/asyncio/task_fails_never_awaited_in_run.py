# case: A task that fails while main still runs, never awaited, is reported when asyncio.run drops it.
# tags: asyncio finalization
import asyncio

async def fails():
    raise ZeroDivisionError("bad")

async def main():
    asyncio.create_task(fails())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main ends")

asyncio.run(main())
print("after run")
