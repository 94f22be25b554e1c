# case: Two tasks awaiting one future resume in the order they started waiting.
# tags: asyncio
import asyncio

async def waiter(name, fut):
    print(name, "waits")
    value = await fut
    print(name, "got", value)

async def main():
    fut = asyncio.get_running_loop().create_future()
    a = asyncio.create_task(waiter("a", fut))
    b = asyncio.create_task(waiter("b", fut))
    await asyncio.sleep(0)
    fut.set_result("v")
    print("set")
    await asyncio.gather(a, b)

asyncio.run(main())
