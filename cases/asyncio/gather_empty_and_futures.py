# case: gather() with no arguments is a finished future; gather of plain futures; the same coroutine
#   twice is one task.
# tags: asyncio
import asyncio

async def once():
    print("once runs")
    return 1

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.gather())
    f1, f2 = loop.create_future(), loop.create_future()
    loop.call_soon(f2.set_result, "two")
    loop.call_soon(f1.set_result, "one")
    print(await asyncio.gather(f1, f2))
    coro = once()
    print(await asyncio.gather(coro, coro))

asyncio.run(main())
