# case: Nested TaskGroups: a failure deep inside propagates as nested ExceptionGroups.
# tags: asyncio
# python: >=3.11
import asyncio

async def fail():
    await asyncio.sleep(0)
    raise OSError("deep")

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail())

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
    except ExceptionGroup as eg:
        print(repr(eg))
        print(repr(eg.exceptions[0]))

asyncio.run(main())
