# case: Counting loop iterations: awaiting a finished coroutine costs none, a task one hop, a
#   future's done callback another.
# tags: asyncio
import asyncio

log = []

async def ticker():
    for i in range(8):
        log.append("tick%d" % i)
        await asyncio.sleep(0)

async def quick():
    return "quick"

async def main():
    asyncio.create_task(ticker())
    await asyncio.sleep(0)
    log.append(await quick())
    log.append(await asyncio.create_task(quick()))
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, "fut")
    log.append(await fut)
    log.append(await asyncio.gather(quick()))
    print(log)

asyncio.run(main())
