# case: An exception in the async with body cancels the group's tasks and joins the ExceptionGroup.
# tags: asyncio cancellation
# python: >=3.11
import asyncio

async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0)
            raise KeyError("body")
    except BaseException as e:
        print(type(e).__name__, [repr(x) for x in getattr(e, "exceptions", [e])])

asyncio.run(main())
