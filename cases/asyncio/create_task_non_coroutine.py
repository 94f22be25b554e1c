# case: create_task of a non-coroutine is a TypeError; ensure_future accepts futures and awaitables.
# tags: asyncio errors
import asyncio

class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "custom"

async def main():
    loop = asyncio.get_running_loop()
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print("TypeError:", e)
    fut = loop.create_future()
    print(asyncio.ensure_future(fut) is fut)
    fut.set_result(1)
    print(await asyncio.ensure_future(Awaitable()))
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
