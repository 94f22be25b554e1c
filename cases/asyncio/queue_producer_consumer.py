# case: A producer and a consumer through a bounded Queue: the order of puts and gets around
#   blocking.
# tags: asyncio asyncio_sync patterns
import asyncio

async def producer(q, n):
    for i in range(n):
        print("put", i)
        await q.put(i)
    await q.put(None)
    print("producer done")

async def consumer(q):
    while True:
        item = await q.get()
        print("got", item)
        if item is None:
            return "consumer done"

async def main():
    q = asyncio.Queue(maxsize=2)
    print(await asyncio.gather(producer(q, 5), consumer(q)))

asyncio.run(main())
