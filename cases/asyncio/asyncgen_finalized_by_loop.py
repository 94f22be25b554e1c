# case: An async generator left suspended in async for (break) is finalized by the loop's hook: aclose as a task.
# tags: asyncio async_generator finalization
import asyncio

async def ticker():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("ticker finally, task:", asyncio.current_task().get_name())

async def main():
    async for x in ticker():
        print("got", x)
        if x == 1:
            break
    print("after break")
    await asyncio.sleep(0)
    print("one hop")
    await asyncio.sleep(0)
    print("two hops")
    g = ticker()
    print(await g.__anext__())
    print("leaving main with g suspended")

asyncio.run(main())
print("end")
