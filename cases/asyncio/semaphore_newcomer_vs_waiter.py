# case: A newcomer calling acquire() right after release(): does it take the slot before the woken waiter?
# tags: asyncio asyncio_sync versions
import asyncio

async def waiter(sem, name):
    await sem.acquire()
    print(name, "acquired")

async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    w = asyncio.create_task(waiter(sem, "waiter"))
    await asyncio.sleep(0)
    sem.release()
    n = asyncio.create_task(waiter(sem, "newcomer"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(w.done(), n.done(), repr(sem).split("[")[1])
    sem.release()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(w.done(), n.done(), repr(sem).split("[")[1])

asyncio.run(main())
