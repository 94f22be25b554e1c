# case: Without return_exceptions, gather raises the first exception; the other children are not
#   cancelled and keep running.
# tags: asyncio
import asyncio

async def slow(name):
    await asyncio.sleep(0.2)
    print(name, "finished")
    return name

async def fail():
    await asyncio.sleep(0.1)
    raise RuntimeError("first failure")

async def main():
    try:
        await asyncio.gather(slow("a"), fail(), slow("b"))
    except RuntimeError as e:
        print("gather raised", repr(e))
    await asyncio.sleep(0.5)
    print("main done")

asyncio.run(main())
