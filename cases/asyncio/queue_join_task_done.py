# case: Queue.join waits until task_done was called once per item; too many task_done calls raise
#   ValueError.
# tags: asyncio asyncio_sync
import asyncio

async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(item / 100)
        print(name, "did", item)
        q.task_done()

async def main():
    q = asyncio.Queue()
    for i in range(5):
        q.put_nowait(i)
    workers = [asyncio.create_task(worker(n, q)) for n in ("w1", "w2")]
    await q.join()
    print("joined")
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
