# case: asyncio.timeout() turns the cancellation into TimeoutError at the end of the block;
#   expired() says so.
# tags: asyncio cancellation
# python: >=3.11
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.1) as cm:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("cancelled inside")
                raise
    except TimeoutError as e:
        print("TimeoutError", type(e.__cause__).__name__, type(e.__context__).__name__)
    print(cm.expired(), asyncio.get_running_loop().time())

asyncio.run(main())
