# case: A nested TaskGroup whose child fails: the inner group raises an ExceptionGroup into the outer group.
# tags: asyncio exception_groups
# python: >=3.11
import asyncio

async def fail():
    await asyncio.sleep(0)
    raise ValueError("deep")

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail())

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
    except ExceptionGroup as eg:
        print(repr(eg))
        print(type(eg.exceptions[0]).__name__, repr(eg.exceptions[0]))

asyncio.run(main())
