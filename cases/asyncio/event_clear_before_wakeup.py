# case: set() then clear() before the waiters run: they still wake (their futures are already done).
# tags: asyncio asyncio_sync
import asyncio

async def waiter(ev):
    await ev.wait()
    print("woke, is_set now:", ev.is_set())

async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(waiter(ev))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await t
    print(repr(ev).split(" [")[1])

asyncio.run(main())
