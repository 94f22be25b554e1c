# case: A child raising a BaseException that is not an Exception (SystemExit) in a TaskGroup.
# tags: asyncio exception_groups
# python: >=3.11
import asyncio

async def sibling():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("sibling cancelled")
        raise

async def exiter():
    await asyncio.sleep(0)
    raise SystemExit(3)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling())
            tg.create_task(exiter())
            await asyncio.sleep(1)
    except SystemExit as e:
        print("SystemExit", e.args)
    except BaseExceptionGroup as eg:
        print("group", repr(eg))

asyncio.run(main())
