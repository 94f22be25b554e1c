# case: Primitives made outside any loop and used under two asyncio.run() calls: 3.8-3.9 bind the loop when made (get_event_loop), so a wait fails in the task step ("attached to a different loop"); 3.10+ bind on the first wait and refuse another loop ("is bound to a different event loop").
# tags: asyncio asyncio_sync versions errors
import asyncio
lock = asyncio.Lock()
ev = asyncio.Event()
q = asyncio.Queue()

def show(e):
    msg = str(e)
    print(type(e).__name__, msg if "bound to" in msg else msg[-28:])

async def holder():
    async with lock:
        await asyncio.sleep(0.1)

async def main():
    t = asyncio.create_task(holder())
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(lock.acquire(), 1)
        print("acquired")
        lock.release()
    except RuntimeError as e:
        show(e)
    await t
    print(lock.locked())

asyncio.run(main())
asyncio.run(main())

async def waiter():
    try:
        await asyncio.wait_for(ev.wait(), 0.1)
    except Exception as e:
        show(e)

asyncio.run(waiter())
asyncio.run(waiter())
ev.set()
asyncio.run(waiter())

async def qget():
    try:
        print(await asyncio.wait_for(q.get(), 0.1))
    except Exception as e:
        show(e)

asyncio.run(qget())
q.put_nowait("x")
asyncio.run(qget())
asyncio.run(qget())
