# case: A TaskGroup body that raises a subclass of CancelledError: 3.11-3.12 look for CancelledError itself, so the subclass is one of the group's errors (a BaseExceptionGroup); 3.13+ take it as a cancellation and let it through.
# tags: asyncio cancellation versions exception_groups
# python: >=3.11
import asyncio
class MyCancel(asyncio.CancelledError):
    pass
async def child():
    await asyncio.sleep(1)
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            t = tg.create_task(child())
            await asyncio.sleep(0)
            raise MyCancel("body")
    except BaseException as e:
        print(type(e).__name__, repr(e), getattr(e, "exceptions", None))
    print(t.cancelled(), asyncio.current_task().cancelling())
asyncio.run(main())
