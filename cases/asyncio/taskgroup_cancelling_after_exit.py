# case: The parent's cancelling() count after a TaskGroup that had a failure: 3.11-3.12 leave it
#   raised, 3.13 uncancels.
# tags: asyncio cancellation versions
# python: >=3.11
import asyncio

async def fail():
    raise RuntimeError("x")

async def main():
    me = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
            await asyncio.sleep(1)
    except* RuntimeError:
        print("caught")
    print("cancelling:", me.cancelling())

asyncio.run(main())
