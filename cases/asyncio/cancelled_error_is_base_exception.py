# case: CancelledError is a BaseException (3.8+): except Exception does not catch it.
# tags: asyncio cancellation
import asyncio

async def careless():
    try:
        await asyncio.sleep(10)
    except Exception:
        print("caught by except Exception")
    return "no"

async def main():
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    t = asyncio.create_task(careless())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled as expected")

asyncio.run(main())
