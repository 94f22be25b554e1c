# case: wait_for with timeout None, 0 on a finished future, 0 and negative on a pending coroutine.
# tags: asyncio versions
import asyncio

async def job(x):
    print("job", x, "started")
    await asyncio.sleep(0)
    return x

async def main():
    print(await asyncio.wait_for(job(1), None))
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("ready")
    print(await asyncio.wait_for(f, 0))
    for t in (0, -1):
        try:
            print(await asyncio.wait_for(job(t), t))
        except asyncio.TimeoutError as e:
            print("timeout", t, type(e).__name__, repr(e))

asyncio.run(main())
