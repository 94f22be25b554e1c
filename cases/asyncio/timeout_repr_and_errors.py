# case: Timeout reprs by state; entering a timeout twice is an error.
# tags: asyncio errors introspection
# python: >=3.11
import asyncio

async def main():
    cm = asyncio.timeout(0.5)
    print(repr(cm).split(" when=")[0])
    async with cm:
        print(repr(cm))
        try:
            async with cm:
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    print(repr(cm))

asyncio.run(main())
