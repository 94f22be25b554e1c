# case: Condition.wait changed in 3.13: a notified waiter that is cancelled passes the notification on to the next waiter, and a cancel during the re-acquire keeps its message (the same CancelledError is re-raised); before, both are lost.
# tags: asyncio asyncio_sync cancellation versions
# python: >=3.9
import asyncio
async def waiter(cond, name, log):
    async with cond:
        try:
            await cond.wait()
            log.append((name, "woken"))
        except asyncio.CancelledError as e:
            log.append((name, "cancelled", e.args))
            raise
async def main():
    cond = asyncio.Condition()
    log = []
    t1 = asyncio.create_task(waiter(cond, "a", log))
    t2 = asyncio.create_task(waiter(cond, "b", log))
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
    t1.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, t2.done())
    if not t2.done():
        async with cond:
            cond.notify_all()
    await asyncio.gather(t1, t2, return_exceptions=True)
    print(log)
    # cancelled while re-acquiring the lock: the message survives on 3.13+
    log.clear()
    t3 = asyncio.create_task(waiter(cond, "c", log))
    await asyncio.sleep(0)
    await cond.acquire()
    cond.notify()
    await asyncio.sleep(0)
    t3.cancel("stop")
    await asyncio.sleep(0)
    cond.release()
    r = await asyncio.gather(t3, return_exceptions=True)
    print(log, repr(r[0]))
asyncio.run(main())
