# case: Two tasks that sleep(0) in a loop alternate strictly.
# tags: asyncio
import asyncio

async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name

async def main():
    a = asyncio.create_task(worker("a", 3))
    b = asyncio.create_task(worker("b", 4))
    print("created")
    print(await a, await b)

asyncio.run(main())
