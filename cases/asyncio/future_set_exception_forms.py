# case: set_exception with a class instantiates it; StopIteration is refused with TypeError.
# tags: asyncio errors
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f1.set_exception(KeyError)
    print(repr(f1.exception()))
    f2 = loop.create_future()
    try:
        f2.set_exception(StopIteration("no"))
    except TypeError as e:
        print("TypeError:", e)
    print(f2.done())
    f2.cancel()
    try:
        await f1
    except KeyError as e:
        print("await raised", repr(e))

asyncio.run(main())
