# case: asyncio.wait with a timeout returns what is done by then and does not cancel the rest.
# tags: asyncio
import asyncio

async def work(n):
    await asyncio.sleep(n)
    return n

async def main():
    tasks = [asyncio.create_task(work(n)) for n in (0.1, 0.5)]
    done, pending = await asyncio.wait(tasks, timeout=0.2)
    print(len(done), len(pending), asyncio.get_running_loop().time())
    print([t.cancelled() for t in tasks])
    await asyncio.wait(pending)
    print([t.result() for t in tasks])

asyncio.run(main())
