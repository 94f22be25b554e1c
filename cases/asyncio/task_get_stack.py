# case: get_stack() of a finished task is empty; of a suspended task, its coroutine's frame (limit=0: none).
# tags: asyncio
import asyncio

async def quick():
    return 1

async def main():
    t = asyncio.create_task(quick())
    await t
    print(t.get_stack(), t.get_stack(limit=1))

asyncio.run(main())

async def pending():
    await asyncio.sleep(1)

async def main2():
    t = asyncio.create_task(pending())
    await asyncio.sleep(0)
    st = t.get_stack()
    print(len(st), st[0].f_code.co_name, st[0].f_back, t.get_stack(limit=0))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print(t.get_stack())

asyncio.run(main2())
