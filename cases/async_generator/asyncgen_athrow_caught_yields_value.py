# case: athrow() into an async generator that catches it and yields: athrow returns that value; then aclose.
# tags: async_generator asyncio
import asyncio

async def ag():
    while True:
        try:
            yield "normal"
        except ValueError as e:
            yield "caught %s" % e

async def main():
    g = ag()
    print(await g.asend(None))
    print(await g.athrow(ValueError("v1")))
    print(await g.asend(None))
    print(await g.athrow(ValueError("v2")))
    await g.aclose()
    try:
        await g.athrow(ValueError("after close"))
    except ValueError as e:
        print("after close raised", e)
    except StopAsyncIteration:
        print("StopAsyncIteration")

asyncio.run(main())
