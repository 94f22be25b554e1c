# case: Semaphore, Event and Lock waiters cancelled while queued: the next waiter gets the slot, a woken Event waiter still wakes after clear().
# tags: asyncio_sync cancellation
import asyncio
async def main():
    sem = asyncio.Semaphore(1)
    order = []
    async def worker(n, hold):
        async with sem:
            order.append(n)
            await asyncio.sleep(hold)
    t0 = asyncio.create_task(worker(0, 0.1))
    await asyncio.sleep(0)
    ts = [asyncio.create_task(worker(i, 0)) for i in range(1, 4)]
    await asyncio.sleep(0)
    ts[0].cancel()
    await asyncio.gather(t0, *ts, return_exceptions=True)
    print(order, repr(sem))
    ev = asyncio.Event()
    async def waiter(n):
        await ev.wait()
        print("woke", n)
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    ws[1].cancel()
    await asyncio.gather(*ws, return_exceptions=True)
    print(ev.is_set())
    lock = asyncio.Lock()
    await lock.acquire()
    async def locker(n):
        async with lock:
            print("locker", n)
    ls = [asyncio.create_task(locker(i)) for i in range(3)]
    await asyncio.sleep(0)
    lock.release()
    ls[0].cancel()
    await asyncio.gather(*ls, return_exceptions=True)
    print(lock.locked())
asyncio.run(main())
