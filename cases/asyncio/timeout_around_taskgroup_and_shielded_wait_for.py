# case: timeout() around a TaskGroup cancels the children and becomes TimeoutError; a timeout inside a group passes through; wait_for of a shielded task times out without cancelling it.
# tags: asyncio cancellation
import asyncio, sys
async def worker(n, d):
    try:
        await asyncio.sleep(d)
        print("worker", n, "done")
    except asyncio.CancelledError:
        print("worker", n, "cancelled")
        raise
async def main():
    if sys.version_info < (3, 11):
        return
    try:
        async with asyncio.timeout(0.15):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(worker(1, 0.1))
                tg.create_task(worker(2, 1))
    except TimeoutError as e:
        print("timeout", type(e.__context__).__name__)
    print(asyncio.current_task().cancelling())
    try:
        async with asyncio.TaskGroup() as tg:
            async with asyncio.timeout(0.05):
                await asyncio.sleep(1)
    except TimeoutError:
        print("inner timeout passes through the group")
    t = asyncio.create_task(worker(3, 1))
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.1)
    except asyncio.TimeoutError:
        print("wait_for timed out, t cancelled?", t.cancelled())
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
asyncio.run(main())
