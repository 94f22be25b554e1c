# case: Eager and lazy tasks interleave: eager bodies run at creation, lazy ones on the next
#   iteration.
# tags: asyncio versions
# python: >=3.12
import asyncio

async def child(name):
    print(name, "step 1")
    await asyncio.sleep(0)
    print(name, "step 2")

async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(child("lazy-a"))
    loop.set_task_factory(asyncio.eager_task_factory)
    b = asyncio.create_task(child("eager-b"))
    loop.set_task_factory(None)
    c = asyncio.create_task(child("lazy-c"))
    print("created")
    await asyncio.gather(a, b, c)

asyncio.run(main())
