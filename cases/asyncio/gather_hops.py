# case: A gather wakes its awaiter two loop iterations after its last child finishes.
# tags: asyncio
import asyncio

async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)

async def child():
    print("child runs")
    return "c"

async def main():
    asyncio.create_task(ticker(6))
    await asyncio.sleep(0)
    print("gather start")
    print(await asyncio.gather(child()))
    print("direct task")
    print(await asyncio.create_task(child()))

asyncio.run(main())
