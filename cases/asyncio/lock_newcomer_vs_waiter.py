# case: A newcomer calling Lock.acquire() right after release(): it does not barge past the woken waiter.
# tags: asyncio asyncio_sync versions
import asyncio

async def waiter(lock, name):
    await lock.acquire()
    print(name, "acquired")
    await asyncio.sleep(0)
    lock.release()
    print(name, "released")

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    w = asyncio.create_task(waiter(lock, "waiter"))
    await asyncio.sleep(0)
    lock.release()
    n = asyncio.create_task(waiter(lock, "newcomer"))
    await asyncio.gather(w, n)

asyncio.run(main())
