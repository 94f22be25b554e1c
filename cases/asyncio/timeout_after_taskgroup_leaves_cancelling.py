# case: a timeout entered while the task's cancelling() count is already 1 (left by a TaskGroup whose child failed) still turns its own expiry into TimeoutError.
# tags: asyncio
# python: >=3.11
import asyncio

async def bad():
    await asyncio.sleep(0.01)
    raise ValueError('bad')

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad())
    except* ValueError as eg:
        print('group', [str(e) for e in eg.exceptions])
    print('cancelling', asyncio.current_task().cancelling())
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print('timed out')
    print('cancelling after', asyncio.current_task().cancelling())

asyncio.run(main())
