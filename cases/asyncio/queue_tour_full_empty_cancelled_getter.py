# case: Queue: maxsize, put_nowait/get_nowait errors, a blocked putter, task_done too often, Priority and Lifo order, a cancelled getter skipped, join.
# tags: asyncio_sync asyncio
import asyncio, sys
async def main():
    q = asyncio.Queue(maxsize=2)
    print(repr(q), q.maxsize, q.qsize(), q.empty(), q.full())
    await q.put(1)
    q.put_nowait(2)
    print(repr(q), q.full())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("full")
    async def putter():
        await q.put(3)
        print("put 3 done")
    t = asyncio.create_task(putter())
    await asyncio.sleep(0)
    print(repr(q))
    print(await q.get(), q.qsize())
    await asyncio.sleep(0)
    print(q.get_nowait(), q.get_nowait(), q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")
    for i in range(3):
        q.task_done() if i < 3 else None
    try:
        q.task_done()
    except ValueError as e:
        print("VE", e)
    pq = asyncio.PriorityQueue()
    for x in [(3, "c"), (1, "a"), (2, "b"), (1, "A")]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for x in range(3):
        lq.put_nowait(x)
    print(repr(lq), [lq.get_nowait() for _ in range(3)])
    q2 = asyncio.Queue()
    async def getter(n):
        v = await q2.get()
        print("getter", n, v)
    gs = [asyncio.create_task(getter(i)) for i in range(3)]
    await asyncio.sleep(0)
    gs[1].cancel()
    q2.put_nowait("x")
    q2.put_nowait("y")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(q2.qsize(), repr(q2))
    q3 = asyncio.Queue()
    q3.put_nowait(1)
    async def worker():
        await asyncio.sleep(0.1)
        q3.get_nowait()
        q3.task_done()
        print("worker done")
    asyncio.create_task(worker())
    await q3.join()
    print("joined", asyncio.get_running_loop().time())
    try:
        asyncio.Queue(maxsize=0).put_nowait(1)
        print("unbounded ok")
    except Exception as e:
        print(e)
asyncio.run(main())
