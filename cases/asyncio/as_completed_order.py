# case: as_completed yields awaitables in completion order.
# tags: asyncio
import asyncio

async def work(n):
    await asyncio.sleep(n / 10)
    return n

async def main():
    for fut in asyncio.as_completed([work(3), work(1), work(2)]):
        print(await fut)

asyncio.run(main())
