# case: shield passes a result or an exception through; cancelling the inner task cancels the
#   shield.
# tags: asyncio cancellation
import asyncio

async def value():
    await asyncio.sleep(0)
    return 10

async def fail():
    await asyncio.sleep(0)
    raise LookupError("inner")

async def main():
    print(await asyncio.shield(value()))
    try:
        await asyncio.shield(fail())
    except LookupError as e:
        print("shield raised", repr(e))
    inner = asyncio.create_task(asyncio.sleep(10))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled:", outer.cancelled())

asyncio.run(main())
