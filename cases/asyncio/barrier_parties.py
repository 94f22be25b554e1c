# case: Barrier (3.11+) releases all parties together; wait() returns each one's index.
# tags: asyncio asyncio_sync
# python: >=3.11
import asyncio

async def party(name, barrier):
    print(name, "arrives")
    index = await barrier.wait()
    print(name, "passes", index)

async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting)
    await asyncio.gather(*(party(n, barrier) for n in "abc"))
    print(barrier.broken)

asyncio.run(main())
