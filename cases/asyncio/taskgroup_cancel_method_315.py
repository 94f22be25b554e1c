# case: TaskGroup.cancel() (3.15): cancels the children and the body, the group exits quietly and uncancels; cancel() before entering cancels on entry; with an outside cancellation as well, the task ends cancelled. Earlier versions have no cancel().
# tags: asyncio cancellation versions
# python: >=3.11
import asyncio, sys
async def child(n, d):
    try:
        await asyncio.sleep(d)
        print("child", n, "done")
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise
async def main():
    if not hasattr(asyncio.TaskGroup, "cancel"):
        print("no TaskGroup.cancel")
        return
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(1, 1))
        tg.create_task(child(2, 0))
        await asyncio.sleep(0.01)
        tg.cancel()
        tg.cancel()
        print("after cancel in body", repr(tg))
        await asyncio.sleep(0)
        print("not reached")
    print("group exited quietly", asyncio.current_task().cancelling())
    tg2 = asyncio.TaskGroup()
    tg2.cancel()
    async with tg2:
        tg2_task = None
        print("entered cancelled group")
        await asyncio.sleep(1)
        print("not reached 2")
    print("exited 2")
    tg2.cancel()
    async def outer_cancelled():
        async with asyncio.TaskGroup() as tg3:
            tg3.create_task(child(3, 1))
            await asyncio.sleep(0)
            asyncio.current_task().cancel()
            tg3.cancel()
            await asyncio.sleep(0)
    t = asyncio.create_task(outer_cancelled())
    try:
        await t
        print("t finished")
    except asyncio.CancelledError:
        print("t cancelled", t.cancelled())
asyncio.run(main())
