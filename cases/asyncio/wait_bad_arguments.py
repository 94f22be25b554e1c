# case: wait() with an empty set, a bad return_when, and bare coroutines (refused from 3.11).
# tags: asyncio errors versions
import asyncio

async def job():
    return 1

async def main():
    for args, kw in (((set(),), {}), (([asyncio.sleep(0)],), {"return_when": "bogus"})):
        try:
            await asyncio.wait(*args, **kw)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    c = job()
    try:
        done, pending = await asyncio.wait([c])
        print("done", len(done), [t.result() for t in done])
    except TypeError as e:
        print("TypeError", e)
        c.close()

asyncio.run(main())
