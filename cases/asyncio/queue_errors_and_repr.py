# case: Queue put_nowait/get_nowait errors, repr/str with getters and putters, task_done too often.
# tags: asyncio asyncio_sync errors
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    print(repr(q).split(" at ")[0], str(q))
    q.put_nowait(1)
    q.put_nowait(2)
    print(q.full(), q.qsize(), q.maxsize, str(q))
    try:
        q.put_nowait(3)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    putter = asyncio.create_task(q.put(3))
    await asyncio.sleep(0)
    print(str(q))
    print(q.get_nowait(), q.get_nowait())
    await asyncio.sleep(0)
    print(q.get_nowait(), q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait("x")
    print(await getter)
    for i in range(4):
        try:
            q.task_done()
            print("task_done", i)
        except ValueError as e:
            print("ValueError:", e)
    q2 = asyncio.Queue(-1)
    for i in range(5):
        q2.put_nowait(i)
    print(q2.full(), q2.qsize())

asyncio.run(main())
