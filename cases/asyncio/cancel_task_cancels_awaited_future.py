# case: Cancelling a task that awaits a plain future cancels that future; a future awaited by two tasks.
# tags: asyncio cancellation
import asyncio

async def waiter(f, name):
    try:
        await f
    except asyncio.CancelledError:
        print(name, "cancelled; future cancelled?", f.cancelled())
        raise

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.create_task(waiter(f, "t"))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("after cancel:", f.cancelled(), t.done())
    await asyncio.sleep(0)
    print(t.cancelled())
    g = loop.create_future()
    a = asyncio.create_task(waiter(g, "a"))
    b = asyncio.create_task(waiter(g, "b"))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("g cancelled?", g.cancelled(), "b done?", b.done())
    b.cancel()
    await asyncio.gather(a, b, return_exceptions=True)

asyncio.run(main())
