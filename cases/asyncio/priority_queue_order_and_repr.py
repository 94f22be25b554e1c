# case: PriorityQueue gets the smallest first; LifoQueue the last; str shows the internal order.
# tags: asyncio asyncio_sync
import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (0, "z")]:
        pq.put_nowait(item)
    print(str(pq))
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue(3)
    for i in range(3):
        await lq.put(i)
    print(str(lq), lq.full())
    print(await lq.get(), await lq.get(), await lq.get())

asyncio.run(main())
