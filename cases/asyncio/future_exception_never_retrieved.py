# case: A future whose exception nobody retrieved is reported when it is dropped.
# tags: asyncio finalization
import asyncio

async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(ValueError("lost"))
    print("dropping")
    del fut
    print("dropped")
    g = asyncio.get_running_loop().create_future()
    g.set_exception(ValueError("seen"))
    g.exception()
    del g
    print("retrieved one dropped quietly")

asyncio.run(main())
