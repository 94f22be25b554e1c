# case: Eager tasks take names from the same counter; a finished eager task is not in all_tasks.
# tags: asyncio versions
# python: >=3.12
import asyncio

async def name():
    return asyncio.current_task().get_name()

async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    t = asyncio.create_task(name())
    print(t.result(), t.get_name())
    u = asyncio.create_task(name(), name="named")
    print(u.result())
    print(len(asyncio.all_tasks()))

asyncio.run(main())
