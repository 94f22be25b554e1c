# case: Code inside timeout() that swallows the CancelledError: whether the context manager still raises TimeoutError.
# tags: asyncio cancellation versions
# python: >=3.11
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.01) as cm:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("swallowed inside, cancelling =", asyncio.current_task().cancelling())
            print("after swallow")
        print("no TimeoutError; expired:", cm.expired())
    except TimeoutError:
        print("TimeoutError raised anyway; expired:", cm.expired())
    print("cancelling at end:", asyncio.current_task().cancelling())
    async with asyncio.timeout(0.01):
        await asyncio.sleep(0)
    print("fast body fine")

asyncio.run(main())
