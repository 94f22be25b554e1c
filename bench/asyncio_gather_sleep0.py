# asyncio: a gather of 10,000 tasks that each sleep(0) once.
import asyncio

async def nap(i):
    await asyncio.sleep(0)
    return i

async def main(n):
    results = await asyncio.gather(*[nap(i) for i in range(n)])
    return sum(results)

print(asyncio.run(main(10000)))
