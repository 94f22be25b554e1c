# case: A second failing child of a failed gather is not reported as never retrieved (gather
#   retrieves it).
# tags: asyncio finalization
import asyncio

async def fail(n, delay):
    await asyncio.sleep(delay)
    raise ValueError(n)

async def main():
    try:
        await asyncio.gather(fail(1, 0.1), fail(2, 0.2))
    except ValueError as e:
        print("first:", e)
    await asyncio.sleep(0.5)
    print("done")

asyncio.run(main())
