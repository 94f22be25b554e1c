# case: TaskGroup collects errors in completion order; the group's message counts them.
# tags: asyncio exception_groups
# python: >=3.11
import asyncio

async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.01, ValueError("a")))
            tg.create_task(fail(0.01, TypeError("b")))
            tg.create_task(fail(0, KeyError("c")))
    except* ValueError as eg:
        print("value", repr(eg), str(eg))
    except* Exception as eg:
        print("rest", repr(eg), str(eg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0, ValueError("x")))
            raise KeyError("body")
    except BaseException as eg:
        print(type(eg).__name__, eg, [repr(e) for e in eg.exceptions])

asyncio.run(main())
