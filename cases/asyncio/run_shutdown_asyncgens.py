# case: asyncio.run finalizes an async generator left suspended by main (shutdown_asyncgens): its
#   finally runs inside run.
# tags: asyncio finalization
import asyncio

async def agen():
    try:
        for i in range(10):
            yield i
    finally:
        print("agen finally")
        await asyncio.sleep(0)
        print("agen finally after await")

async def main():
    g = agen()
    print(await g.__anext__())
    print(await g.__anext__())
    print("main returns")
    return g

g = asyncio.run(main())
print("after run")
