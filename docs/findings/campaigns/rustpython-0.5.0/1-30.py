# case: Found by yieldspec fuzz (seed 1, program 30). (reduced)
# tags: asyncio cancellation generator
import asyncio
async def c0():
    t0 = asyncio.create_task(c1())
async def c1():
    t0 = asyncio.create_task(c2())
    print(repr(await asyncio.gather(t0, c4(), return_exceptions=True)))
async def c2():
    pass
async def c4():
    pass
async def main():
    print(await c0())
asyncio.run(main())
