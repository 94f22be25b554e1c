# case: Task repr while pending, after finishing with a result, with an exception and cancelled.
# tags: asyncio introspection
import asyncio

async def value():
    return [1, 2]

async def fail():
    raise KeyError("k")

async def forever():
    await asyncio.sleep(100)

async def main():
    t = asyncio.create_task(value(), name="v")
    print(repr(t))
    await t
    print(repr(t))
    f = asyncio.create_task(fail(), name="f")
    await asyncio.sleep(0)
    print(repr(f))
    print(repr(f.exception()))
    s = asyncio.create_task(forever(), name="s")
    await asyncio.sleep(0)
    print(repr(s))
    s.cancel()
    print(repr(s))
    await asyncio.sleep(0)
    print(repr(s))

asyncio.run(main())
