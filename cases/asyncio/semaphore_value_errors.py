# case: Semaphore value checks, locked(), repr; BoundedSemaphore over-release.
# tags: asyncio asyncio_sync errors
import asyncio

async def main():
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(2)
    print(s.locked(), repr(s).split("]")[0].split("[")[1])
    await s.acquire()
    await s.acquire()
    print(s.locked(), repr(s).split("]")[0].split("[")[1])
    s.release(); s.release(); s.release()
    print(s._value if hasattr(s, "_value") else "?", s.locked())
    b = asyncio.BoundedSemaphore(1)
    async with b:
        print("in", b.locked())
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    z = asyncio.Semaphore(0)
    print(z.locked())
    t = asyncio.create_task(z.acquire())
    await asyncio.sleep(0)
    print(repr(z).split("[")[1])
    z.release()
    print(await t)

asyncio.run(main())
