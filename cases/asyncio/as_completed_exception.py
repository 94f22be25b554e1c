# case: An exception from one awaitable surfaces at its turn in as_completed.
# tags: asyncio
import asyncio

async def work(n):
    await asyncio.sleep(n / 10)
    if n == 2:
        raise ValueError("two")
    return n

async def main():
    for fut in asyncio.as_completed([work(3), work(2), work(1)]):
        try:
            print(await fut)
        except ValueError as e:
            print("raised", repr(e))

asyncio.run(main())
