# case: asyncio.sleep(delay, result) returns result; negative delays behave as zero.
# tags: asyncio
import asyncio

async def main():
    print(await asyncio.sleep(0, "zero"))
    print(await asyncio.sleep(0.01, result=[1, 2]))
    print(await asyncio.sleep(-1, "negative"))
    print(asyncio.get_running_loop().time())

asyncio.run(main())
