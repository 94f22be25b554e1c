# case: Nested timeout(): the inner one expires and is caught inside the outer, which does not.
# tags: asyncio cancellation
# python: >=3.11
import asyncio

async def main():
    async with asyncio.timeout(1) as outer:
        try:
            async with asyncio.timeout(0.1) as inner:
                await asyncio.sleep(1)
        except TimeoutError as e:
            print("inner expired", repr(e), type(e.__cause__).__name__, type(e.__context__).__name__)
        print(inner.expired(), outer.expired())
        print(asyncio.current_task().cancelling())
        await asyncio.sleep(0)
    print("outer left", outer.expired(), outer.when())
    async with asyncio.timeout(None) as t:
        print(t.when())
        t.reschedule(asyncio.get_running_loop().time() + 0.5)
        print(t.when())
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cancelled inside")
            raise
    print("unreached")

try:
    asyncio.run(main())
except TimeoutError as e:
    print("run raised", type(e).__name__)
