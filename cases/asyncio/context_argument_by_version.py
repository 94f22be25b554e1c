# case: context= to Task/create_task/loop.create_task/ensure_future: 3.8-3.10 refuse it (the C Task while parsing its arguments: the coroutine goes unawaited at the caller's line), 3.11+ take it (ensure_future never).
# tags: asyncio versions errors
import asyncio, contextvars
async def c():
    return 1
async def main():
    ctx = contextvars.copy_context()
    for make in (lambda: asyncio.Task(c(), context=ctx),
                 lambda: asyncio.create_task(c(), context=ctx),
                 lambda: asyncio.get_running_loop().create_task(c(), context=ctx),
                 lambda: asyncio.ensure_future(c(), context=ctx)):
        try:
            t = make()
            print("made", await t)
        except TypeError as e:
            print("TE", e)
asyncio.run(main())
