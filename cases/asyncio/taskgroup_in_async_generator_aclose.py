# case: A TaskGroup suspended in an async generator: aclose() throws GeneratorExit into its body, the child is cancelled (3.15 re-raises the lone GeneratorExit, so aclose succeeds; 3.11-3.14 raise it in a BaseExceptionGroup); a body error with a child pending.
# tags: asyncio async_generator exception_groups versions
# python: >=3.11
import asyncio, sys
async def child(n, d):
    try:
        await asyncio.sleep(d)
        print("child", n, "done")
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise
async def agen():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(1, 1))
        yield 1
        yield 2
async def main():
    g = agen()
    print(await g.__anext__())
    try:
        await g.aclose()
        print("aclose ok")
    except BaseException as e:
        print("aclose raised", type(e).__name__, repr(getattr(e, "exceptions", None)))
    async def body_cancel_from_outside():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(2, 1))
            await asyncio.sleep(0)
            raise ValueError("body")
    t = asyncio.create_task(body_cancel_from_outside())
    await asyncio.sleep(0)
    try:
        await t
    except* ValueError as eg:
        print("eg", eg.exceptions)
asyncio.run(main())
