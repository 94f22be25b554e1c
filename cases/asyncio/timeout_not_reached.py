# case: A block finishing before its timeout is not affected; when() and reschedule().
# tags: asyncio
# python: >=3.11
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(1) as cm:
        print(cm.when())
        await asyncio.sleep(0.1)
        cm.reschedule(loop.time() + 0.05)
        print(cm.when())
        await asyncio.sleep(0.01)
    print("expired:", cm.expired())
    async with asyncio.timeout(None) as cm2:
        print(cm2.when())
        await asyncio.sleep(0.2)
    print("no deadline expired:", cm2.expired())

asyncio.run(main())
