# case: Condition.wait_for re-checks its predicate on every notification.
# tags: asyncio asyncio_sync
import asyncio

state = {"n": 0}

async def waiter(cond):
    async with cond:
        result = await cond.wait_for(lambda: state["n"] >= 3)
        print("predicate true:", result, state["n"])

async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    for i in range(4):
        await asyncio.sleep(0)
        async with cond:
            state["n"] += 1
            print("n =", state["n"])
            cond.notify_all()
    await t

asyncio.run(main())
