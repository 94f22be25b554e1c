# case: as_completed as an async iterator (3.13+) yields the original tasks in completion order, coroutines wrapped; the plain iterator form; iterating twice.
# tags: asyncio versions
import asyncio, sys
async def w(n, d):
    await asyncio.sleep(d)
    return n
async def main():
    if sys.version_info < (3, 13):
        return
    ts = [asyncio.create_task(w(i, 0.1 * (3 - i)), name="w%d" % i) for i in range(3)]
    async for t in asyncio.as_completed(ts):
        print(t.get_name(), t.result(), t in ts)
    async for t in asyncio.as_completed([w(5, 0.1), w(6, 0)]):
        print(await t)
    it = asyncio.as_completed([w(7, 0)])
    print(type(it).__name__)
    for f in it:
        print(await f)
    try:
        async for t in it:
            print("again", t)
    except Exception as e:
        print(type(e).__name__, e)
asyncio.run(main())
