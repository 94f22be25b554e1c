# case: An exception in a task is re-raised by every await of it; exception() returns it.
# tags: asyncio
import asyncio

async def fail():
    await asyncio.sleep(0)
    raise ValueError("bad")

async def main():
    t = asyncio.create_task(fail())
    for i in range(2):
        try:
            await t
        except ValueError as e:
            print("await", i, repr(e))
    print(repr(t.exception()))

asyncio.run(main())
