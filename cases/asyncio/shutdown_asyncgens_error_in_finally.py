# case: asyncio.run's shutdown_asyncgens closes a suspended generator whose finally raises: the loop reports it.
# tags: asyncio async_generator finalization
import asyncio

async def gen():
    try:
        yield 1
    finally:
        raise RuntimeError("cleanup broke")

holder = []

async def main():
    g = gen()
    holder.append(g)
    print(await g.__anext__())

asyncio.run(main())
print("after run")
