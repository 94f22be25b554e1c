# case: asyncio.run ends: leftover task cancelled first, then shutdown_asyncgens closes a suspended generator.
# tags: asyncio async_generator finalization
import asyncio

async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
        await asyncio.sleep(0)
        print("gen finally after await")

async def lingering():
    try:
        await asyncio.sleep(10)
    finally:
        print("lingering cancelled")

keep = []

async def main():
    g = gen()
    keep.append(g)
    print(await g.__anext__())
    asyncio.create_task(lingering())
    await asyncio.sleep(0)
    print("main returns")

asyncio.run(main())
print("after run")
