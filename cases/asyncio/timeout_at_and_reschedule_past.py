# case: timeout_at with a deadline in the past times out at the first await; a reschedule to the
#   past does the same.
# tags: asyncio
# python: >=3.11
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("inside")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("timed out")
    try:
        async with asyncio.timeout(10) as cm:
            await asyncio.sleep(0.1)
            cm.reschedule(loop.time() - 5)
            await asyncio.sleep(0.1)
            print("not reached")
    except TimeoutError:
        print("timed out again", loop.time())

asyncio.run(main())
