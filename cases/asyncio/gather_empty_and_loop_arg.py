# case: gather() with no arguments is a finished future with []; awaiting it twice.
# tags: asyncio
import asyncio

async def main():
    g = asyncio.gather()
    print(g.done(), g.result(), type(g).__name__)
    print(await g, await g)
    g2 = asyncio.gather(return_exceptions=True)
    print(await g2)

asyncio.run(main())
