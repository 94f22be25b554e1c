# case: as_completed as an async iterator (3.13+) yields the original tasks in completion order.
# tags: asyncio versions
# python: >=3.13
import asyncio

async def job(name, d):
    await asyncio.sleep(d)
    return name

async def main():
    ts = [asyncio.create_task(job(n, d), name=n) for n, d in (("x", 0.3), ("y", 0.1), ("z", 0.2))]
    async for t in asyncio.as_completed(ts):
        print(t.get_name(), t in ts, await t)
    it = asyncio.as_completed([job("c", 0.1)])
    print(type(it).__name__)
    for aw in it:
        print(await aw)

asyncio.run(main())
