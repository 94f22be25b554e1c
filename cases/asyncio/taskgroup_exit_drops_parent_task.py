# case: from 3.14 a TaskGroup's exit drops its references to the parent task and the errors, so a task that used a group and then failed is not kept alive by a cycle (its coroutine's frame holds the group): nobody retrieved its exception, and it is reported as the task is destroyed, inside asyncio.run
# tags: asyncio
# python: >=3.14
import asyncio


async def child():
    await asyncio.sleep(0)
    return 1


async def grouped():
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(child())
    print("group done", t.result(), tg)
    raise ValueError("after group")


async def main():
    asyncio.create_task(grouped())
    for _ in range(5):
        await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
print("after run")
