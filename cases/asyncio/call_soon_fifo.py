# case: loop.call_soon callbacks run in FIFO order, one iteration after scheduling; a callback
#   scheduled by a callback runs in the next iteration.
# tags: asyncio
import asyncio

def cb(name, loop):
    print("cb", name)
    if name == "a":
        loop.call_soon(cb, "a2", loop)

async def main():
    loop = asyncio.get_running_loop()
    for name in "abc":
        loop.call_soon(cb, name, loop)
    print("scheduled")
    await asyncio.sleep(0)
    print("after one sleep(0)")
    await asyncio.sleep(0)
    print("after two")

asyncio.run(main())
