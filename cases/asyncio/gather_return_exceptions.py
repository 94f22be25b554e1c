# case: gather(return_exceptions=True) puts exceptions in the result list; the others still finish.
# tags: asyncio
import asyncio

async def ok(n):
    await asyncio.sleep(0)
    return n

async def bad(n):
    await asyncio.sleep(0)
    raise ValueError(n)

async def main():
    results = await asyncio.gather(ok(1), bad(2), ok(3), bad(4), return_exceptions=True)
    print([repr(r) for r in results])

asyncio.run(main())
