# case: timeout().reschedule() earlier and later while inside; when() values; expiring after reschedule.
# tags: asyncio cancellation versions
# python: >=3.11
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(10) as cm:
            print("when", cm.when())
            cm.reschedule(loop.time() + 0.5)
            print("when", cm.when(), "expired", cm.expired())
            await asyncio.sleep(0.2)
            cm.reschedule(None)
            print("when", cm.when())
            await asyncio.sleep(1)
            cm.reschedule(loop.time() + 0.1)
            await asyncio.sleep(1)
    except TimeoutError:
        print("expired at", loop.time(), cm.expired())
    print(repr(cm))

asyncio.run(main())
