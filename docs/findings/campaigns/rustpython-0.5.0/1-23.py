# case: Found by yieldspec fuzz (seed 1, program 23). (reduced)
# tags: asyncio cancellation generator
import asyncio
async def c0():
    t0 = asyncio.create_task(c1())
    print(t0.cancel())
    print(repr(await t0))
async def c1():
    pass
async def main():
    print(await c0())
asyncio.run(main())
