# case: wait_for on a coroutine that raises before the timeout, on an already finished task, and nested wait_for.
# tags: asyncio versions
import asyncio

async def raiser():
    await asyncio.sleep(0.01)
    raise LookupError("inner")

async def val(x):
    await asyncio.sleep(0.01)
    return x

async def main():
    try:
        await asyncio.wait_for(raiser(), 1)
    except LookupError as e:
        print("LookupError", e)
    t = asyncio.create_task(val(3))
    await t
    print(await asyncio.wait_for(t, 1))
    print(await asyncio.wait_for(asyncio.wait_for(val(4), 1), 2))
    try:
        await asyncio.wait_for(asyncio.wait_for(val(5), 1), 0.005)
    except asyncio.TimeoutError:
        print("outer timed out")
    print(sorted(x.get_name() for x in asyncio.all_tasks()))

asyncio.run(main())
