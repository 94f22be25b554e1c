# case: Found by yieldspec fuzz (seed 1, program 55851). (reduced)
# tags: asyncio cancellation generator
import asyncio
async def c0():
    t1 = asyncio.create_task(c1())
    print(repr(await t1))
async def c1():
    async with asyncio.TaskGroup() as tg:
        t0_1 = tg.create_task(c3())
async def c3():
    t2 = asyncio.create_task(c5())
async def c5():
    raise ValueError("c5.1")
async def main():
    print(await c0())
asyncio.run(main())
