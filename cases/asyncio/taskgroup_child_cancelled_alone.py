# case: A TaskGroup child cancelled on its own does not fail the group; the group finishes normally.
# tags: asyncio cancellation
# python: >=3.11
import asyncio

async def sleeper(n):
    await asyncio.sleep(n)
    return n

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(sleeper(1))
        b = tg.create_task(sleeper(0.1))
        await asyncio.sleep(0)
        a.cancel()
    print("group done", a.cancelled(), b.result(), asyncio.current_task().cancelling())

asyncio.run(main())
