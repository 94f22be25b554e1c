# case: A Future with an exception nobody retrieved is reported when it is released.
# tags: asyncio finalization
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(OSError(2, "nope"))
    del f
    print("after del f")
    g = loop.create_future()
    g.set_exception(KeyError("g"))
    g.exception()
    del g
    print("after del g (retrieved)")
    h = loop.create_future()
    h.set_exception(ValueError("h"))
    h.cancel()
    del h
    print("after del h")

asyncio.run(main())
