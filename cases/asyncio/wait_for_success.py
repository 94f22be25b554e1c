# case: wait_for returns the result when it is fast enough; timeout None waits forever; a zero
#   timeout on a done future.
# tags: asyncio
import asyncio

async def quick(n):
    await asyncio.sleep(0.01)
    return n

async def main():
    print(await asyncio.wait_for(quick(1), timeout=1))
    print(await asyncio.wait_for(quick(2), timeout=None))
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("ready")
    print(await asyncio.wait_for(fut, 0))

asyncio.run(main())
