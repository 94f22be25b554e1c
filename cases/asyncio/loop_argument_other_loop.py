# case: Futures of another loop: ensure_future(fut, loop=) refuses a loop that is not the future's; primitives made after asyncio.run() ended (3.8-3.9: no current loop, a RuntimeError) and bound to a loop set with set_event_loop.
# tags: asyncio asyncio_sync versions errors
import asyncio
other = asyncio.new_event_loop()

async def main():
    loop = asyncio.get_running_loop()
    fut = other.create_future()
    try:
        asyncio.ensure_future(fut, loop=loop)
    except ValueError as e:
        print("VE", e)
    print(asyncio.ensure_future(fut, loop=other) is fut)
    l1 = asyncio.Lock()
    c = asyncio.Condition(l1)
    print("cond ok")
    sem = asyncio.BoundedSemaphore(1)
    await sem.acquire()
    t = asyncio.ensure_future(sem.acquire())
    await asyncio.sleep(0)
    sem.release()
    print(await t)
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("VE", e)

asyncio.run(main())
try:
    l = asyncio.Lock()
    print("made lock after run")
except RuntimeError as e:
    print("RE", e)
try:
    q = asyncio.Queue()
    print("made queue after run")
except RuntimeError as e:
    print("RE", e)
asyncio.set_event_loop(other)
e = asyncio.Event()

async def waits():
    try:
        await asyncio.wait_for(e.wait(), 0.1)
    except Exception as ex:
        print(type(ex).__name__)

other.run_until_complete(waits())
asyncio.run(waits())
other.close()
