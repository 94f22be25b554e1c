# case: Releasing an unlocked Lock raises RuntimeError; plain with is an error.
# tags: asyncio asyncio_sync errors versions
import asyncio

async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        with lock:
            pass
    except (TypeError, AttributeError, RuntimeError) as e:
        print(type(e).__name__)
    print(await lock.acquire(), lock.locked())
    lock.release()

asyncio.run(main())
