# case: TaskGroup waits for its tasks; results read after the block.
# tags: asyncio
# python: >=3.11
import asyncio

async def work(n):
    await asyncio.sleep(n / 10)
    print("done", n)
    return n * n

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(work(n)) for n in (3, 1, 2)]
        print("block ends")
    print([t.result() for t in tasks])

asyncio.run(main())
