# case: Event.set wakes every waiter, in the order they started waiting; wait on a set event returns
#   at once.
# tags: asyncio asyncio_sync
import asyncio

async def waiter(name, ev):
    print(name, "waiting")
    print(name, "woke:", await ev.wait())

async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, ev)) for n in "abc"]
    await asyncio.sleep(0)
    print("is_set:", ev.is_set())
    ev.set()
    print("set")
    await asyncio.gather(*tasks)
    print(await ev.wait())

asyncio.run(main())
