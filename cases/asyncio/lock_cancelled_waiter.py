# case: A waiter cancelled while queued for a Lock does not take it; the next waiter does.
# tags: asyncio asyncio_sync cancellation
import asyncio

async def user(name, lock):
    try:
        async with lock:
            print(name, "acquired")
            await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise

async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(user("a", lock))
    b = asyncio.create_task(user("b", lock))
    c = asyncio.create_task(user("c", lock))
    await asyncio.sleep(0)
    b.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print(lock.locked())

asyncio.run(main())
