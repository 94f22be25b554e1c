# case: asyncio.run of something that is not a coroutine: the error and its message per version.
# tags: asyncio errors versions
import asyncio

asyncio.run(1)

def plain():
    return 5

asyncio.run(plain())

async def main():
    return 1

coro = main()
asyncio.run(coro)
asyncio.run(coro)
