# case: Several tasks blocked in get() are served in the order they started waiting.
# tags: asyncio asyncio_sync
import asyncio

async def getter(name, q):
    print(name, "got", await q.get())

async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(getter(n, q)) for n in "abc"]
    await asyncio.sleep(0)
    for i in range(3):
        q.put_nowait(i)
        print("put", i)
    await asyncio.gather(*tasks)

asyncio.run(main())
