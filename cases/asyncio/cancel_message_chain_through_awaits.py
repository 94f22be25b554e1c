# case: A task awaiting a task awaiting a sleep: cancel with a message at the top; what each level sees.
# tags: asyncio cancellation versions
import asyncio
import sys

async def bottom():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("bottom", e.args, type(e.__context__).__name__)
        raise

async def middle():
    t = asyncio.create_task(bottom())
    try:
        await t
    except asyncio.CancelledError as e:
        print("middle", e.args, t.cancelled())
        raise

async def main():
    m = asyncio.create_task(middle())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    if sys.version_info >= (3, 9):
        m.cancel("top msg")
    else:
        m.cancel()
    try:
        await m
    except asyncio.CancelledError as e:
        print("main", e.args)

asyncio.run(main())
