# case: shield() whose inner task fails: the awaiting task sees the exception; cancelling the awaiter first.
# tags: asyncio cancellation
import asyncio

async def fails():
    await asyncio.sleep(0.01)
    raise KeyError("inner")

async def protected(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("awaiter cancelled; inner done?", inner.done())
        raise

async def main():
    inner = asyncio.create_task(fails())
    try:
        await asyncio.shield(inner)
    except KeyError as e:
        print("KeyError", e)
    inner2 = asyncio.create_task(fails())
    p = asyncio.create_task(protected(inner2))
    await asyncio.sleep(0)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("p cancelled")
    try:
        await inner2
    except KeyError as e:
        print("inner2 still failed:", e)

asyncio.run(main())
