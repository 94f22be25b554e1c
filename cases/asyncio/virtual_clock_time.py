# case: loop.time() under the harness's virtual clock: sleeps advance it by exactly their delay
#   (IEEE sums).
# tags: asyncio
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    print("start", start)
    await asyncio.sleep(0.2)
    await asyncio.sleep(0.2)
    await asyncio.sleep(0.2)
    print("after three sleeps", loop.time() - start)
    await asyncio.sleep(0)
    print("sleep(0) does not advance", loop.time() - start)

asyncio.run(main())
