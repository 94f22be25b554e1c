# case: BoundedSemaphore refuses a release above its initial value; Semaphore(-1) is a ValueError.
# tags: asyncio asyncio_sync errors
import asyncio

async def main():
    sem = asyncio.BoundedSemaphore(1)
    await sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(0)
    s.release()
    print(s.locked())

asyncio.run(main())
