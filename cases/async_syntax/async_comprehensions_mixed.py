# case: Async comprehensions: list/set/dict/genexp with async for, await in the element and the condition.
# tags: async_syntax
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return x * 2

async def main():
    print([x async for x in agen(4)])
    print({x % 2 async for x in agen(5)})
    print({x: await double(x) async for x in agen(3)})
    print([await double(x) for x in range(3)])
    print([x async for x in agen(6) if await double(x) > 4])
    g = (x * 10 async for x in agen(3))
    print(type(g).__name__)
    print([y async for y in g])
    print([(x, y) async for x in agen(2) for y in range(2)])

asyncio.run(main())
