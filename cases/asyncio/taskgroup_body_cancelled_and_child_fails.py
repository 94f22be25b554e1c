# case: A TaskGroup whose child fails while the body awaits: the body gets CancelledError, the group an ExceptionGroup.
# tags: asyncio exception_groups cancellation
# python: >=3.11
import asyncio

async def failing():
    await asyncio.sleep(0.01)
    raise ValueError("child failed")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body cancelled, cancelling =", asyncio.current_task().cancelling())
                raise
    except* ValueError as eg:
        print("caught", [str(e) for e in eg.exceptions])
    print("cancelling after:", asyncio.current_task().cancelling())
    await asyncio.sleep(0)
    print("main continues")

asyncio.run(main())
