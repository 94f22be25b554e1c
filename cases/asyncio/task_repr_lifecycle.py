# case: A task's repr through its life: pending, waiting on a future, done with result/exception, cancelled.
# tags: asyncio
import asyncio

async def ret():
    return [1, 2]

async def bad():
    raise ValueError("boom")

async def wait_on(f):
    return await f

def short(r):
    return r.split(" coro=")[0] + (" ..." if " coro=" in r else "")

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ret(), name="R")
    print(short(repr(t)))
    await t
    print(repr(t))
    b = asyncio.create_task(bad(), name="B")
    await asyncio.sleep(0)
    print(repr(b))
    b.exception()
    f = loop.create_future()
    w = asyncio.create_task(wait_on(f), name="W")
    await asyncio.sleep(0)
    r = repr(w)
    print(short(r), "wait_for=" in r)
    w.cancel()
    r = repr(w)
    print("cancelling" in r, short(r))
    await asyncio.sleep(0)
    print(repr(w))

asyncio.run(main())
