# case: __aexit__ receives CancelledError when the body is cancelled; an __aexit__ that awaits; suppressing it.
# tags: asyncio async_syntax cancellation
import asyncio

class CM:
    def __init__(self, suppress):
        self.suppress = suppress
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, t, v, tb):
        print("exit with", t.__name__ if t else None)
        await asyncio.sleep(0)
        print("exit after await")
        return self.suppress

async def body(suppress):
    async with CM(suppress):
        await asyncio.sleep(1)
    print("after with (suppressed)")
    return "finished"

async def main():
    for suppress in (False, True):
        t = asyncio.create_task(body(suppress))
        await asyncio.sleep(0)
        t.cancel()
        try:
            print(await t)
        except asyncio.CancelledError:
            print("cancelled", t.cancelled())

asyncio.run(main())
