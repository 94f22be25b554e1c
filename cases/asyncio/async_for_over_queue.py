# case: An async generator reads a Queue until a sentinel; async for drives it inside a task.
# tags: asyncio patterns
import asyncio

async def items(q):
    while True:
        item = await q.get()
        if item is None:
            return
        yield item

async def producer(q):
    for i in range(4):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)

async def main():
    q = asyncio.Queue()
    asyncio.create_task(producer(q))
    async for item in items(q):
        print("item", item)

asyncio.run(main())
