# case: Lock waiters acquire in FIFO order; locked() and async with.
# tags: asyncio asyncio_sync
import asyncio

async def user(name, lock):
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(0)
        print(name, "releases")

async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    await asyncio.gather(*(user(n, lock) for n in "abcd"))
    print(lock.locked())

asyncio.run(main())
