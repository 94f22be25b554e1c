# case: anext() with and without a default, aiter(), on async generators and objects lacking the protocol.
# tags: async_generator versions
# python: >=3.10
import asyncio

async def two():
    yield "a"
    yield "b"

class NotAsync:
    pass

async def main():
    g = two()
    print(aiter(g) is g)
    print(await anext(g), await anext(g))
    print(await anext(g, "default"))
    try:
        await anext(g)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    for bad in (NotAsync(), [1]):
        try:
            anext(bad)
        except TypeError as e:
            print("TypeError:", e)
        try:
            aiter(bad)
        except TypeError as e:
            print("TypeError:", e)
    h = two()
    aw = anext(h, None)
    print(type(aw).__name__)
    print(await aw)
    await h.aclose()

asyncio.run(main())
