# case: loop= to the primitives, queues, sleep, gather and wait_for: 3.10 refuses it by name in the classes, 3.11+ as an unexpected keyword (3.8-3.9 take it with a DeprecationWarning: loop_argument_deprecated.py).
# tags: asyncio asyncio_sync versions errors
# python: >=3.10
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    for make in (lambda: asyncio.Lock(loop=loop), lambda: asyncio.Event(loop=loop),
                 lambda: asyncio.Queue(loop=loop), lambda: asyncio.Semaphore(1, loop=loop),
                 lambda: asyncio.Condition(loop=loop)):
        try:
            o = make()
            print("made", type(o).__name__)
        except TypeError as e:
            print("TE", e)
    try:
        await asyncio.sleep(0, loop=loop)
        print("sleep ok")
    except TypeError as e:
        print("TE", e)
    try:
        r = await asyncio.gather(asyncio.sleep(0), loop=loop)
        print("gather ok", r)
    except TypeError as e:
        print("TE", e)
    try:
        await asyncio.wait_for(asyncio.sleep(0), 1, loop=loop)
        print("wait_for ok")
    except TypeError as e:
        print("TE", e)
asyncio.run(main())
