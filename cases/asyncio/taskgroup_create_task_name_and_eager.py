# case: TaskGroup.create_task with name=; tasks in a group under an eager task factory.
# tags: asyncio versions
# python: >=3.12
import asyncio

async def job(n):
    print("job", n, "start")
    await asyncio.sleep(0)
    print("job", n, "end")
    return n

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job(1), name="first")
        print(a.get_name())
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    async with asyncio.TaskGroup() as tg:
        b = tg.create_task(job(2), name="eager-one")
        print("created", b.get_name(), b.done())
    print(b.result())

asyncio.run(main())
