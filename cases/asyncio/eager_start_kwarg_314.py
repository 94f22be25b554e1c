# case: create_task(eager_start=...) (3.14+) and Task(eager_start=True) directly.
# tags: asyncio versions
# python: >=3.14
import asyncio

async def job(x):
    print("job", x)
    await asyncio.sleep(0)
    return x

async def main():
    t = asyncio.create_task(job(1), eager_start=True)
    print("created 1")
    u = asyncio.create_task(job(2), eager_start=False)
    print("created 2")
    v = asyncio.Task(job(3), eager_start=True)
    print("created 3")
    print(await asyncio.gather(t, u, v))

asyncio.run(main())
