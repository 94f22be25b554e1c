# case: An exception inside async with lock releases it; the next waiter proceeds; nested async with of two primitives.
# tags: asyncio asyncio_sync
import asyncio

async def worker(lock, sem, name, fail):
    async with sem:
        async with lock:
            print(name, "working")
            await asyncio.sleep(0)
            if fail:
                raise ValueError(name)
    print(name, "done")

async def main():
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(2)
    rs = await asyncio.gather(*(worker(lock, sem, n, n == "b") for n in "abc"), return_exceptions=True)
    print([repr(r) for r in rs], lock.locked(), sem.locked())

asyncio.run(main())
