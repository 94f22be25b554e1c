# case: Lock, Event and Semaphore reprs show their state and waiters.
# tags: asyncio asyncio_sync introspection
import asyncio

def state(obj):
    return repr(obj).split(" [")[1]

async def main():
    lock = asyncio.Lock()
    ev = asyncio.Event()
    sem = asyncio.Semaphore(1)
    print(state(lock), state(ev), state(sem))
    await lock.acquire()
    await sem.acquire()
    t = asyncio.create_task(lock.acquire())
    u = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print(state(lock), state(ev), state(sem))
    lock.release()
    ev.set()
    await asyncio.gather(t, u)
    print(state(lock), state(ev))

asyncio.run(main())
