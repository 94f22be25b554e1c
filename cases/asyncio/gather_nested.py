# case: gather of gathers: nested result lists and start order.
# tags: asyncio
import asyncio

async def leaf(n):
    print("leaf", n)
    await asyncio.sleep(0)
    return n

async def main():
    r = await asyncio.gather(
        asyncio.gather(leaf(1), leaf(2)),
        leaf(3),
        asyncio.gather(leaf(4), asyncio.gather(leaf(5))),
    )
    print(r)

asyncio.run(main())
