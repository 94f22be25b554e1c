# case: TaskGroup children made eagerly that finish inside create_task: 3.12-3.13 handle them at once (a failure aborts the group before create_task returns), 3.14+ add them and wait for their done callbacks (gh-128550); TaskGroup.create_task(**kwargs) on 3.14.
# tags: asyncio versions exception_groups
# python: >=3.11
import asyncio, sys
async def quick(n):
    print("quick", n)
    return n
async def fails_now(n):
    print("fails_now", n)
    raise ValueError(n)
async def slow(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow", n, "cancelled")
        raise
async def main():
    if sys.version_info < (3, 12):
        return
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(quick(1))
            print("a done", a.done(), repr(tg))
            b = tg.create_task(slow(2))
            c = tg.create_task(fails_now(3))
            print("c done", c.done(), repr(tg), asyncio.current_task().cancelling())
            try:
                d = tg.create_task(quick(4))
                print("d", d.done())
            except RuntimeError as e:
                print("RE", e)
            await asyncio.sleep(0)
            print("body continues")
    except* ValueError as eg:
        print("eg", eg.exceptions)
    loop.set_task_factory(None)
    if sys.version_info >= (3, 14):
        async with asyncio.TaskGroup() as tg:
            t = tg.create_task(quick(5), eager_start=True)
            print("kw eager", t.done())
asyncio.run(main())
