# case: Barrier (3.11+): indices, reprs in each state, abort breaking a waiter, reset, a bad party count, a cancelled waiter.
# tags: asyncio_sync
import asyncio, sys
async def main():
    if sys.version_info < (3, 11):
        print("skip"); return
    b = asyncio.Barrier(3)
    print(repr(b))
    async def party(n):
        i = await b.wait()
        print("party", n, "index", i)
    ts = [asyncio.create_task(party(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(repr(b), b.n_waiting, b.parties, b.broken)
    await asyncio.gather(*ts)
    print(repr(b))
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("broken", repr(e))
    print(repr(b2))
    await b2.reset()
    print(repr(b2))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("VE", e)
    b3 = asyncio.Barrier(2)
    t = asyncio.create_task(b3.wait())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("waiter cancelled", b3.n_waiting, repr(b3))
asyncio.run(main())
