# case: aclose() of an async generator another task is iterating: RuntimeError (already running) per version.
# tags: asyncio async_generator reentrancy versions
import asyncio

async def agen():
    try:
        for i in range(3):
            await asyncio.sleep(0.01)
            yield i
    finally:
        print("agen finally")

async def consumer(g):
    async for x in g:
        print("got", x)

async def main():
    g = agen()
    t = asyncio.create_task(consumer(g))
    await asyncio.sleep(0)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    await t

asyncio.run(main())
