# case: With eager_task_factory a task runs inside create_task until its first suspension.
# tags: asyncio versions
# python: >=3.12
import asyncio

async def child(name, suspend):
    print(name, "starts")
    if suspend:
        await asyncio.sleep(0)
    print(name, "ends")
    return name

async def main():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    t1 = asyncio.create_task(child("done-eagerly", False))
    print("after t1:", t1.done(), t1.result())
    t2 = asyncio.create_task(child("suspends", True))
    print("after t2:", t2.done())
    print(await t2)

asyncio.run(main())
