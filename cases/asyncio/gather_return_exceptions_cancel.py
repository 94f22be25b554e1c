# case: gather(return_exceptions=True) cancelled from outside: children are cancelled, their
#   CancelledErrors are the results (3.8 and 3.9+ differ).
# tags: asyncio cancellation versions
import asyncio

async def child():
    await asyncio.sleep(10)

async def main():
    a = asyncio.ensure_future(child())
    b = asyncio.ensure_future(child())
    g = asyncio.gather(a, b, return_exceptions=True)
    await asyncio.sleep(0)
    g.cancel()
    try:
        print(await g)
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print(a.cancelled(), b.cancelled())

asyncio.run(main())
