# case: An Event set before any wait: wait() returns at once without suspending; created outside any loop.
# tags: asyncio asyncio_sync versions
import asyncio

ev = asyncio.Event()
ev.set()

async def main():
    print("before")
    r = await ev.wait()
    print("after", r)
    q = asyncio.Queue()
    q.put_nowait(5)
    print(await q.get())

asyncio.run(main())
asyncio.run(main())
