# case: The gather future's and shield's repr, and reprs of futures with callbacks.
# tags: asyncio
import asyncio

def cb(f):
    pass

async def job():
    await asyncio.sleep(0)
    return 1

async def main():
    loop = asyncio.get_running_loop()
    g = asyncio.gather(job(), job())
    print(repr(g).split(" cb=")[0], type(g).__name__)
    f = loop.create_future()
    f.add_done_callback(cb)
    print(repr(f))
    f.add_done_callback(print)
    f.add_done_callback(lambda x: None)
    print(repr(f))
    print(await g, repr(g))
    f.set_result(list(range(20)))
    print(repr(f))
    e = loop.create_future()
    e.set_exception(ValueError("x" * 50))
    print(repr(e))
    e.exception()
    c = loop.create_future()
    c.cancel()
    print(repr(c))
    h = loop.call_later(5, cb, f)
    print(repr(h)[:30])
    h.cancel()
    print(repr(h))

asyncio.run(main())
