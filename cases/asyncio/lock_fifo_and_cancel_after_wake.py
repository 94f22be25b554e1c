# case: A Lock waiter cancelled after being woken passes the lock to the next waiter.
# tags: asyncio asyncio_sync cancellation
import asyncio

async def user(lock, name):
    try:
        async with lock:
            print(name, "acquired")
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print(name, "cancelled")

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    ts = [asyncio.create_task(user(lock, n)) for n in "abc"]
    await asyncio.sleep(0)
    lock.release()
    ts[0].cancel()
    await asyncio.gather(*ts)
    print(lock.locked())

asyncio.run(main())
