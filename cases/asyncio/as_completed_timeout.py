# case: as_completed with a timeout raises TimeoutError for the ones not done by then.
# tags: asyncio versions
import asyncio

async def work(n):
    await asyncio.sleep(n)
    return n

async def main():
    tasks = [asyncio.create_task(work(n)) for n in (0.1, 1, 2)]
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.5):
            print(await fut)
    except asyncio.TimeoutError:
        print("timed out at", asyncio.get_running_loop().time())
    for t in tasks[1:]:
        t.cancel()
    await asyncio.sleep(0)

asyncio.run(main())
