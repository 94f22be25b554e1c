# case: gather returns results in argument order, whatever order the children finish in.
# tags: asyncio
import asyncio

async def work(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("finish", name)
    return name

async def main():
    print(await asyncio.gather(work("a", 0.3), work("b", 0.1), work("c", 0.2)))

asyncio.run(main())
