# case: A release followed by an immediate acquire from another task: who gets the semaphore (fair
#   from 3.10 on; CPython 3.9.18 hangs in this program).
# tags: asyncio asyncio_sync versions
# python: >=3.10
import asyncio

async def waiter(sem, log):
    await sem.acquire()
    log.append("waiter")

async def main():
    sem = asyncio.Semaphore(1)
    log = []
    await sem.acquire()
    t = asyncio.create_task(waiter(sem, log))
    await asyncio.sleep(0)
    sem.release()
    if not sem.locked():
        await sem.acquire()
        log.append("main barged")
    await asyncio.sleep(0)
    print(log)
    t.cancel()
    await asyncio.sleep(0)

asyncio.run(main())
