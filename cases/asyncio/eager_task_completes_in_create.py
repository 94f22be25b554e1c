# case: An eager task that never suspends is done when create_task returns; repr, callbacks, name.
# tags: asyncio versions
# python: >=3.12
import asyncio

async def quick(x):
    print("quick runs", x)
    return x + 1

async def slow():
    print("slow starts")
    await asyncio.sleep(0)
    print("slow resumes")
    return "s"

async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    t = asyncio.create_task(quick(1), name="Q")
    print("created", t.done(), t.result(), t.get_name())
    t.add_done_callback(lambda f: print("callback", f.result()))
    print(repr(t))
    s = asyncio.create_task(slow())
    print("after slow created", s.done())
    print(await s)
    print(await asyncio.gather(quick(10), quick(20)))
    loop.set_task_factory(None)
    print(loop.get_task_factory())

asyncio.run(main())
