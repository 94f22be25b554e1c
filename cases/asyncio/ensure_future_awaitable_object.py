# case: ensure_future on an object with __await__ wraps it in a task; on a future returns it; otherwise TypeError.
# tags: asyncio errors
import asyncio

class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "custom"

async def main():
    t = asyncio.ensure_future(Awaitable())
    print(type(t).__name__, t.get_name())
    print(await t)
    print(await Awaitable())
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    for bad in (1, "x", None):
        try:
            asyncio.ensure_future(bad)
        except TypeError as e:
            print("TypeError:", e)
    f.cancel()

asyncio.run(main())
