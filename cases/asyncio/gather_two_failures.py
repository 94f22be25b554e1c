# case: gather with two failing children: the first exception propagates; the second is not reported as never retrieved.
# tags: asyncio finalization
import asyncio

async def fail(d, exc):
    await asyncio.sleep(d)
    raise exc

async def main():
    try:
        await asyncio.gather(fail(0.01, ValueError("first")), fail(0.02, KeyError("second")))
    except ValueError as e:
        print("got", repr(e))
    await asyncio.sleep(0.05)
    print("after second failed")

asyncio.run(main())
print("end")
