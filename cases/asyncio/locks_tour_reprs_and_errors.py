# case: Lock, BoundedSemaphore, Semaphore, Event, Condition: reprs with waiters, misuse errors, notify(n) then notify_all.
# tags: asyncio_sync errors
import asyncio
async def main():
    lock = asyncio.Lock()
    print(repr(lock), lock.locked())
    async with lock:
        print(repr(lock), lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RE", e)
    sem = asyncio.BoundedSemaphore(1)
    print(repr(sem))
    await sem.acquire()
    print(repr(sem), sem.locked())
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("VE", e)
    s2 = asyncio.Semaphore(0)
    print(s2.locked())
    async def acq(n):
        async with s2:
            print("acquired", n)
            await asyncio.sleep(0)
    ts = [asyncio.create_task(acq(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(repr(s2))
    s2.release()
    s2.release()
    await asyncio.sleep(0)
    print(repr(s2))
    await asyncio.gather(*ts[:2])
    s2.release()
    await ts[2]
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("VE", e)
    ev = asyncio.Event()
    print(repr(ev))
    ev.set()
    print(repr(ev), await ev.wait())
    cond = asyncio.Condition()
    print(repr(cond))
    try:
        cond.notify()
    except RuntimeError as e:
        print("RE", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RE", e)
    results = []
    async def waiter(n):
        async with cond:
            await cond.wait()
            results.append(n)
    ws = [asyncio.create_task(waiter(i)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        print(repr(cond))
        cond.notify(2)
    await asyncio.sleep(0)
    print(results)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)
    print(results)
    l2 = asyncio.Lock()
    c2 = asyncio.Condition(l2)
    try:
        asyncio.Condition(asyncio.Lock()).__init__
    except Exception as e:
        print(e)
    print(c2.locked())
asyncio.run(main())
