# case: A failing task in a TaskGroup cancels its sibling (one: the group keeps its tasks in a set, so several siblings are cancelled in address order); the group raises an ExceptionGroup.
# tags: asyncio cancellation
# python: >=3.11
import asyncio

async def sibling(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def fail():
    await asyncio.sleep(0.1)
    raise ValueError("failed")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling("a"))
            tg.create_task(fail())
    except ExceptionGroup as eg:
        print(repr(eg), [repr(e) for e in eg.exceptions])

asyncio.run(main())
