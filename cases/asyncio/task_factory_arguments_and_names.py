# case: A custom task factory: which keywords it receives from asyncio.create_task and loop.create_task per version (no name before 3.14, context only when given, 3.11+), the name set afterwards (3.13.0 sets None as 'None'), eager_task_factory names.
# tags: asyncio versions
import asyncio, sys
async def c():
    print("running as", asyncio.current_task().get_name())
    return 1
async def main():
    loop = asyncio.get_running_loop()
    seen = []
    def factory(loop, coro, **kw):
        seen.append(sorted(kw))
        return asyncio.Task(coro, loop=loop, **kw)
    loop.set_task_factory(factory)
    t = asyncio.create_task(c(), name="n1")
    await t
    t2 = loop.create_task(c(), name="n2", context=None)
    await t2
    t3 = loop.create_task(c())
    print(t3.get_name() if sys.version_info < (3, 14) or True else None)
    await t3
    print(t.get_name(), t2.get_name())
    print(seen)
    if sys.version_info >= (3, 12):
        loop.set_task_factory(asyncio.eager_task_factory)
        t4 = asyncio.create_task(c(), name="eager")
        print(t4.get_name())
        t5 = asyncio.create_task(c())
        print(t5.get_name())
    loop.set_task_factory(None)
asyncio.run(main())
