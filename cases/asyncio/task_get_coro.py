# case: get_coro returns the coroutine the task wraps.
# tags: asyncio introspection
import asyncio

async def work():
    return 1

async def main():
    coro = work()
    t = asyncio.create_task(coro)
    print(t.get_coro() is coro)
    await t
    print(t.get_coro() is coro)

asyncio.run(main())
