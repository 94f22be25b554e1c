# case: cancelling() counts pending cancel requests; uncancel() decrements (3.11+).
# tags: asyncio cancellation versions
# python: >=3.11
import asyncio

async def sleeper():
    task = asyncio.current_task()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelling inside:", task.cancelling())
        print("uncancel ->", task.uncancel())
        print("cancelling now:", task.cancelling())
    return "survived"

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print("cancelling:", t.cancelling())
    print(await t)

asyncio.run(main())
