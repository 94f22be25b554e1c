# case: An eager task that raises at once is done with its exception; cancelling an eager task before its first await.
# tags: asyncio cancellation versions
# python: >=3.12
import asyncio

async def boom():
    raise ValueError("eager boom")

async def self_cancel():
    asyncio.current_task().cancel()
    print("cancel requested inside eager step")
    await asyncio.sleep(0)
    print("not reached")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    t = asyncio.create_task(boom())
    print(t.done(), repr(t.exception()))
    u = asyncio.create_task(self_cancel())
    print("u done?", u.done())
    try:
        await u
    except asyncio.CancelledError:
        print("u cancelled", u.cancelled())

asyncio.run(main())
