# case: An async generator dropped while suspended is finalized by the loop's hook: aclose runs as a
#   task a few iterations later.
# tags: asyncio finalization
import asyncio

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")

async def main():
    async for x in agen():
        print("got", x)
        break
    print("after break")
    for i in range(4):
        await asyncio.sleep(0)
        print("iteration", i)

asyncio.run(main())
