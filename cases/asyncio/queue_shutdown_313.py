# case: Queue.shutdown (3.13+): getters and putters woken with QueueShutDown, immediate=True drains, join released.
# tags: asyncio asyncio_sync versions
# python: >=3.13
import asyncio

async def getter(q, name):
    try:
        print(name, "got", await q.get())
    except asyncio.QueueShutDown as e:
        print(name, "QueueShutDown", repr(e))

async def main():
    q = asyncio.Queue()
    gs = [asyncio.create_task(getter(q, n)) for n in "ab"]
    await asyncio.sleep(0)
    q.put_nowait(1)
    q.shutdown()
    print(str(q))
    await asyncio.gather(*gs)
    try:
        q.put_nowait(2)
    except asyncio.QueueShutDown:
        print("put after shutdown refused")
    q2 = asyncio.Queue()
    for i in range(3):
        q2.put_nowait(i)
    j = asyncio.create_task(q2.join())
    await asyncio.sleep(0)
    q2.shutdown(immediate=True)
    print(q2.qsize(), q2.empty())
    await j
    print("join released")
    try:
        q2.get_nowait()
    except asyncio.QueueShutDown:
        print("get after immediate shutdown refused")

asyncio.run(main())
