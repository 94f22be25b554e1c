# case: loop= on 3.8-3.9: the functions and primitives take it with a DeprecationWarning pointing at the caller (3.8's sleep only when it waits, 3.8's gather only when empty; BoundedSemaphore warns once) and use that loop.
# tags: asyncio asyncio_sync versions
# python: <3.10
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    l = asyncio.Lock(loop=loop)
    print(type(l).__name__, l._loop is loop)
    e = asyncio.Event(loop=loop)
    q = asyncio.Queue(loop=loop)
    s = asyncio.Semaphore(1, loop=loop)
    b = asyncio.BoundedSemaphore(2, loop=loop)
    c = asyncio.Condition(loop=loop)
    c2 = asyncio.Condition(l, loop=loop)
    print(await asyncio.sleep(0, 5, loop=loop))
    print(await asyncio.sleep(0.1, 6, loop=loop))
    print(await asyncio.gather(asyncio.sleep(0, 1), loop=loop))
    print(await asyncio.gather(loop=loop))
    print(await asyncio.wait_for(asyncio.sleep(0, 2), 1, loop=loop))
    print(await asyncio.wait_for(asyncio.sleep(0, 2.5), 0, loop=loop))
    d, p = await asyncio.wait([asyncio.sleep(0, 3)], loop=loop)
    print(len(d), len(p))
    print(await asyncio.shield(asyncio.sleep(0, 4), loop=loop))
    for f in asyncio.as_completed([asyncio.sleep(0, 7)], loop=loop):
        print(await f)
    t = asyncio.ensure_future(asyncio.sleep(0, 8), loop=loop)
    print(await t)
    q.put_nowait(1)
    print(await q.get(), await asyncio.wait_for(e.wait(), 0.1, loop=loop) if e.set() is None else 0)
    async with c:
        print("cond", c.locked())

asyncio.run(main())
