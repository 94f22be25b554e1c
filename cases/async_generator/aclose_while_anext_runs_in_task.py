# case: aclose/asend of an async generator whose __anext__ is running in another task: RuntimeError; after cancelling that task it closes normally.
# tags: async_generator asyncio reentrancy
import asyncio
async def agen():
    try:
        yield 1
        await asyncio.sleep(1)
        yield 2
    finally:
        print("agen finally")
async def main():
    g = agen()
    print(await g.__anext__())
    t = asyncio.create_task(g.__anext__())
    await asyncio.sleep(0)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RE", e)
    try:
        await g.asend(None)
    except RuntimeError as e:
        print("RE", e)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("t cancelled")
    print(g.ag_running)
    await g.aclose()
    print("closed")
asyncio.run(main())
