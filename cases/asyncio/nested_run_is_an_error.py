# case: asyncio.run inside a running loop raises RuntimeError; the inner coroutine is never awaited.
# tags: asyncio errors
import asyncio

async def inner():
    print("inner ran")

async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    return "done"

asyncio.run(main())
