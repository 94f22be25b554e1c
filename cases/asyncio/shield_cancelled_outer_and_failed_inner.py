# case: the shielded task fails, then the outer future is cancelled before the inner's done callback runs: up to 3.13 the callback marks the inner exception retrieved, from 3.14 it does not, so the failed task is reported as never retrieved when it is destroyed
# tags: asyncio
import asyncio


async def fail():
    raise ValueError("inner")


async def guarded():
    t = asyncio.create_task(fail())
    try:
        await asyncio.shield(t)
    except asyncio.CancelledError:
        print("guarded cancelled", t.done())
    return "guarded"


async def main():
    g = asyncio.create_task(guarded())
    await asyncio.sleep(0)
    print("cancel", g.cancel())
    print("got", await g)
    print("main done")


asyncio.run(main())
print("after run")
