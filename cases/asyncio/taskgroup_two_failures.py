# case: Two tasks failing in the same iteration: both exceptions in the group, in completion order.
# tags: asyncio
# python: >=3.11
import asyncio

async def fail(n):
    await asyncio.sleep(0.1)
    raise ValueError(n)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(3):
                tg.create_task(fail(n))
    except* ValueError as eg:
        print([repr(e) for e in eg.exceptions])

asyncio.run(main())
