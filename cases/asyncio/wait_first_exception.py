# case: asyncio.wait(FIRST_EXCEPTION) returns when a task fails; without failures it waits for all.
# tags: asyncio
import asyncio

async def work(n):
    await asyncio.sleep(n / 10)
    if n == 2:
        raise ValueError(n)
    return n

async def main():
    tasks = [asyncio.create_task(work(n)) for n in (1, 2, 3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for t in sorted(done, key=lambda t: tasks.index(t)):
        print(tasks.index(t), repr(t.exception()))
    await asyncio.wait(pending)
    print(tasks[2].result())

asyncio.run(main())
