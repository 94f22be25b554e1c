# case: The CancelledError a canceller sees: its message, args, __context__ and __cause__ per version.
# tags: asyncio cancellation versions
# python: >=3.9
import asyncio

async def victim():
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel("why")
    try:
        await t
    except asyncio.CancelledError as e:
        print(repr(e), e.args)
        print("context", type(e.__context__).__name__, e.__context__.args if e.__context__ else None)
        print("cause", e.__cause__)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result:", repr(e), type(e.__context__).__name__)
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception:", repr(e))

asyncio.run(main())
