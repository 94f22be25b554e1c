# case: Cancelling the awaiter of shield() does not cancel the shielded task; it finishes on its
#   own.
# tags: asyncio cancellation
import asyncio

async def important():
    await asyncio.sleep(0.2)
    print("important finished")
    return "kept"

async def waiter(t):
    try:
        return await asyncio.shield(t)
    except asyncio.CancelledError:
        print("waiter cancelled, task done:", t.done())
        raise

async def main():
    t = asyncio.create_task(important())
    w = asyncio.create_task(waiter(t))
    await asyncio.sleep(0.1)
    w.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(w.cancelled(), t.cancelled())
    print(await t)

asyncio.run(main())
