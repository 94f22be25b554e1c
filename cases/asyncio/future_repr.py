# case: Future reprs: pending, with callbacks, finished with a result or exception, cancelled.
# tags: asyncio introspection
import asyncio

def named_callback(fut):
    pass

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.add_done_callback(named_callback)
    print(repr(f))
    f.set_result("x" * 3)
    print(repr(f))
    g = loop.create_future()
    g.set_exception(ValueError(1))
    print(repr(g))
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(repr(h))
    await asyncio.sleep(0)

asyncio.run(main())
