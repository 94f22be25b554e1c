# case: cancel() on a finished task returns False and changes nothing.
# tags: asyncio cancellation
import asyncio

async def quick():
    return "q"

async def main():
    t = asyncio.create_task(quick())
    await t
    print(t.cancel(), t.cancelled(), t.result())

asyncio.run(main())
