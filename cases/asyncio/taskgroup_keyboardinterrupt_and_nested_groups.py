# case: TaskGroup: a child raising KeyboardInterrupt is re-raised bare after cancelling its sibling; a nested group's failure arrives as a sub-group beside a sibling's error.
# tags: asyncio exception_groups cancellation
# python: >=3.11
import asyncio, sys
async def kb():
    await asyncio.sleep(0.01)
    raise KeyboardInterrupt("child")
async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise
async def nested_fail():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad(1))
async def bad(n):
    await asyncio.sleep(0.01 * n)
    raise ValueError(n)
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(kb())
            tg.create_task(slow())
    except KeyboardInterrupt as e:
        print("KI", repr(e))
    except BaseExceptionGroup as eg:
        print("BEG", repr(eg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(nested_fail())
            tg.create_task(bad(2))
    except ExceptionGroup as eg:
        print(repr(eg))
        print([repr(e) for e in eg.exceptions])
asyncio.run(main())
