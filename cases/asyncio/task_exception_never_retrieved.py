# case: A task that failed and whose exception nobody looked at is reported when it is released.
# tags: asyncio finalization
import asyncio

async def fail():
    raise ValueError("nobody looks")

async def main():
    t = asyncio.create_task(fail(), name="failing")
    await asyncio.sleep(0)
    print("task done:", t.done())
    del t
    print("after del")

asyncio.run(main())
