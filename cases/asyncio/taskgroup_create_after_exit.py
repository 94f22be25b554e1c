# case: create_task on a finished TaskGroup is a RuntimeError; the coroutine is closed.
# tags: asyncio errors
# python: >=3.11
import asyncio

async def work():
    return 1

async def main():
    async with asyncio.TaskGroup() as tg:
        pass
    try:
        tg.create_task(work())
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
