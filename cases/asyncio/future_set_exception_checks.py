# case: set_exception with a class, with StopIteration and with a non-exception.
# tags: asyncio errors
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(ValueError)
    print(repr(f.exception()))
    g = loop.create_future()
    try:
        g.set_exception(StopIteration(3))
    except TypeError as e:
        print("TypeError:", e)
    print(g.done())
    h = loop.create_future()
    try:
        h.set_exception(StopIteration)
    except TypeError as e:
        print("TypeError:", e)
    k = loop.create_future()
    try:
        k.set_exception(42)
    except TypeError as e:
        print("TypeError:", e)
    print(k.done())
    k.set_exception(asyncio.CancelledError("x"))
    print(k.cancelled(), repr(k.exception()))

asyncio.run(main())
