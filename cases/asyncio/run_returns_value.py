# case: asyncio.run returns the coroutine's value; an exception escaping main escapes run.
# tags: asyncio
import asyncio

async def main(x):
    print("main", x)
    return x * 2

asyncio.run(main(21))

async def fails():
    raise ValueError("boom")

asyncio.run(fails())
