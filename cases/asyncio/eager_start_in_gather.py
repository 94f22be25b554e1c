# case: gather under the eager task factory: children run eagerly at gather().
# tags: asyncio versions
# python: >=3.12
import asyncio

async def child(n):
    print("child", n)
    if n % 2:
        await asyncio.sleep(0)
    return n

async def main():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    g = asyncio.gather(child(1), child(2), child(3))
    print("gather made")
    print(await g)

asyncio.run(main())
