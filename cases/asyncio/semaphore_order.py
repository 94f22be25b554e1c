# case: A Semaphore admits N at a time, waiters in FIFO order.
# tags: asyncio asyncio_sync
import asyncio

async def user(name, sem):
    async with sem:
        print(name, "in")
        await asyncio.sleep(0.1)
        print(name, "out")

async def main():
    sem = asyncio.Semaphore(2)
    print(sem.locked())
    await asyncio.gather(*(user(n, sem) for n in "abcde"))
    print(sem.locked())

asyncio.run(main())
