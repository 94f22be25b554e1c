# case: An eager task whose coroutine drops an unawaited coroutine during its first step warns at
#   the line of the Python frame that started it (the eager factory, or the case's own Task() call).
# tags: asyncio finalization versions
# python: >=3.12
import asyncio

async def helper():
    return 1

async def child(n):
    c = helper()
    return n

async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    t = asyncio.create_task(child(1))
    print("after eager factory", t.result())
    u = asyncio.Task(child(2), loop=loop, eager_start=True)
    print("after direct Task", u.result())
    loop.set_task_factory(asyncio.create_eager_task_factory(asyncio.Task))
    v = asyncio.create_task(child(3))
    print("after custom factory", v.result())

asyncio.run(main())
