# case: Barrier: wait() returns arrival indices; abort() breaks waiters; reset; repr states.
# tags: asyncio asyncio_sync errors
# python: >=3.11
import asyncio

async def party(b, name):
    try:
        i = await b.wait()
        print(name, "passed", i)
    except asyncio.BrokenBarrierError as e:
        print(name, "broken", type(e).__name__)

async def main():
    b = asyncio.Barrier(3)
    print(repr(b).split(" at ")[0], repr(b).split("[")[1])
    ts = [asyncio.create_task(party(b, n)) for n in "abc"]
    await asyncio.gather(*ts)
    print(b.n_waiting, b.parties, b.broken)
    ts = [asyncio.create_task(party(b, n)) for n in "de"]
    await asyncio.sleep(0)
    print(b.n_waiting, repr(b).split("[")[1])
    await b.abort()
    await asyncio.gather(*ts)
    print(b.broken, repr(b).split("[")[1])
    await b.reset()
    print(b.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
