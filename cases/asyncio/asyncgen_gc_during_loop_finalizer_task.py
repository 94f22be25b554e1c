# case: Dropping a started async generator inside a running loop schedules aclose() as a task (finalizer hook).
# tags: asyncio async_generator finalization
import asyncio

async def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print(name, "finally in", asyncio.current_task().get_name())

async def main():
    g = gen("g1")
    print(await g.__anext__())
    del g
    print("dropped g1")
    await asyncio.sleep(0)
    print("one hop")
    h = gen("g2")
    print(await h.__anext__())
    h = None
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main done", sorted(t.get_name() for t in asyncio.all_tasks()))

asyncio.run(main())
