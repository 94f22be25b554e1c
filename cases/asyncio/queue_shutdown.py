# case: Queue.shutdown (3.13): blocked getters get QueueShutDown; immediate shutdown drops the
#   items.
# tags: asyncio asyncio_sync versions
# python: >=3.13
import asyncio

async def getter(q):
    try:
        print("got", await q.get())
        print("got", await q.get())
    except asyncio.QueueShutDown:
        print("getter: shut down")

async def main():
    q = asyncio.Queue()
    q.put_nowait(1)
    t = asyncio.create_task(getter(q))
    await asyncio.sleep(0)
    q.shutdown()
    await t
    try:
        q.put_nowait(2)
    except asyncio.QueueShutDown:
        print("put after shutdown refused")
    q2 = asyncio.Queue()
    q2.put_nowait("x")
    q2.shutdown(immediate=True)
    print(q2.qsize())

asyncio.run(main())
