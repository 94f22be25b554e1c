# case: wait_for raises TimeoutError when the awaitable is slower, cancelling it first.
# tags: asyncio cancellation versions
import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise

async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.1)
    except asyncio.TimeoutError as e:
        print("timeout:", type(e).__name__, type(e).__module__, asyncio.get_running_loop().time())

asyncio.run(main())
