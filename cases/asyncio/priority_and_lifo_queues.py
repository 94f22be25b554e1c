# case: PriorityQueue returns the smallest item first, LifoQueue the last one put.
# tags: asyncio asyncio_sync
import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
        await pq.put(item)
    print([await pq.get() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for i in range(4):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(4)])

asyncio.run(main())
