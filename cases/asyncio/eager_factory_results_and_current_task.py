# case: eager_task_factory: a task that finishes in create_task, one that suspends, one that fails, gather of eager children, switching the factory off, current_task inside an eager step.
# tags: asyncio versions
import asyncio, sys
async def child(n):
    print("child start", n)
    await asyncio.sleep(0)
    print("child end", n)
    return n
async def instant(n):
    print("instant", n)
    return n * 10
async def raiser():
    raise ValueError("eager fail")
async def main():
    if sys.version_info < (3, 12):
        print("skip")
        return
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    t = asyncio.create_task(instant(1))
    print("after create", t.done(), t.result())
    t2 = asyncio.create_task(child(2))
    print("after create2", t2.done())
    t3 = asyncio.create_task(raiser())
    print("t3", t3.done(), repr(t3.exception()))
    print(await t2)
    print(asyncio.current_task() is not None)
    r = await asyncio.gather(instant(3), child(4), instant(5))
    print(r)
    loop.set_task_factory(None)
    t4 = asyncio.create_task(instant(6))
    print("lazy", t4.done())
    await t4
    async def whoami():
        return asyncio.current_task()
    loop.set_task_factory(asyncio.eager_task_factory)
    t5 = asyncio.create_task(whoami())
    print(t5.result() is t5)
    loop.set_task_factory(None)
asyncio.run(main())
