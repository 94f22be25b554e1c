# case: A getter cancelled after being woken does not lose the item; the next getter receives it.
# tags: asyncio asyncio_sync cancellation
import asyncio

async def getter(q, name):
    try:
        item = await q.get()
        print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter(q, "g1"))
    g2 = asyncio.create_task(getter(q, "g2"))
    await asyncio.sleep(0)
    q.put_nowait("item")
    g1.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(q.qsize(), g2.done())
    await asyncio.gather(g1, g2, return_exceptions=True)
    p = asyncio.Queue(1)
    p.put_nowait(0)
    putter = asyncio.create_task(p.put(1))
    await asyncio.sleep(0)
    putter.cancel()
    print(p.get_nowait())
    await asyncio.sleep(0)
    print(putter.cancelled(), p.qsize())

asyncio.run(main())
