# case: Semaphore waiters are served FIFO; a cancelled waiter gives its slot to the next.
# tags: asyncio asyncio_sync cancellation versions
import asyncio

async def user(sem, name):
    try:
        async with sem:
            print(name, "in")
            await asyncio.sleep(0.01)
        print(name, "out")
    except asyncio.CancelledError:
        print(name, "cancelled")

async def main():
    sem = asyncio.Semaphore(1)
    ts = [asyncio.create_task(user(sem, n)) for n in "abcd"]
    await asyncio.sleep(0)
    ts[1].cancel()
    await asyncio.gather(*ts)
    print(sem.locked(), repr(sem).split("[")[1])

asyncio.run(main())
