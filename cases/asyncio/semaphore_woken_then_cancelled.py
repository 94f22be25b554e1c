# case: A Semaphore waiter cancelled after release() woke it: who gets the slot, per version.
# tags: asyncio asyncio_sync cancellation versions
import asyncio

async def user(sem, name, hold):
    try:
        async with sem:
            print(name, "in")
            await asyncio.sleep(hold)
        print(name, "out")
    except asyncio.CancelledError:
        print(name, "cancelled")

async def main():
    sem = asyncio.Semaphore(2)
    ts = [asyncio.create_task(user(sem, n, 0.01 * (i + 1))) for i, n in enumerate("abcdef")]
    await asyncio.sleep(0)
    print("locked", sem.locked())
    await asyncio.sleep(0.011)
    ts[2].cancel()
    ts[3].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("after cancels", repr(sem).split("[")[1])
    sem.release()
    sem.release()
    print(repr(sem).split("[")[1])
    await asyncio.gather(*ts)
    print("end", repr(sem).split("[")[1])

asyncio.run(main())
