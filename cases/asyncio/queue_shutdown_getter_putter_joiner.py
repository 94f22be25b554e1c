# case: Queue.shutdown (3.13+): a getter drains then stops, put refused; shutdown(immediate=True) wakes a blocked putter and a joiner, then get and task_done fail.
# tags: asyncio_sync versions
import asyncio, sys
async def main():
    if sys.version_info < (3, 13):
        print("skip"); return
    q = asyncio.Queue()
    q.put_nowait(1); q.put_nowait(2)
    async def getter():
        try:
            while True:
                v = await q.get()
                print("got", v)
                q.task_done()
        except asyncio.QueueShutDown:
            print("getter shut down")
    t = asyncio.create_task(getter())
    await asyncio.sleep(0)
    q.shutdown()
    try:
        q.put_nowait(3)
    except asyncio.QueueShutDown:
        print("put refused")
    await t
    q2 = asyncio.Queue(1)
    q2.put_nowait("a")
    async def putter():
        try:
            await q2.put("b")
        except asyncio.QueueShutDown:
            print("putter shut down")
    async def joiner():
        await q2.join()
        print("joined")
    tp = asyncio.create_task(putter())
    tj = asyncio.create_task(joiner())
    await asyncio.sleep(0)
    q2.shutdown(immediate=True)
    print(q2.qsize(), q2.empty())
    await asyncio.gather(tp, tj)
    try:
        q2.get_nowait()
    except asyncio.QueueShutDown:
        print("get refused")
    try:
        q2.task_done()
    except ValueError as e:
        print("VE", e)
asyncio.run(main())
