# case: A Barrier, a Condition and a Semaphore made outside any loop and used under two asyncio.run() calls: each binds to the first loop it waits in; 3.13's Condition.wait makes its future before releasing the lock (still locked in the error's repr).
# tags: asyncio asyncio_sync versions errors
# python: >=3.11
import asyncio
b = asyncio.Barrier(2)
cond = asyncio.Condition()
sem = asyncio.Semaphore(0)
async def use_barrier():
    async def one():
        return await b.wait()
    print(sorted(await asyncio.gather(one(), one())))
async def use_cond():
    async with cond:
        try:
            await asyncio.wait_for(cond.wait(), 0.01)
        except TimeoutError:
            print("cond timeout")
async def use_sem():
    try:
        await asyncio.wait_for(sem.acquire(), 0.01)
    except TimeoutError:
        print("sem timeout")
for f in (use_barrier, use_cond, use_sem):
    for i in range(2):
        try:
            asyncio.run(f())
        except RuntimeError as e:
            print("RE", e)
