# case: Subclasses of Future and Task: overridden methods, repr name, isinstance checks.
# tags: asyncio
import asyncio

class MyFuture(asyncio.Future):
    def set_result(self, r):
        print("MyFuture.set_result", r)
        super().set_result(r)

class MyTask(asyncio.Task):
    pass

async def work():
    return 5

async def main():
    loop = asyncio.get_running_loop()
    f = MyFuture(loop=loop)
    loop.call_soon(f.set_result, 3)
    print(await f, type(f).__name__, isinstance(f, asyncio.Future))
    print(repr(f))
    t = MyTask(work(), loop=loop, name="mine")
    print(repr(t).split(" coro=")[0])
    print(await t, isinstance(t, asyncio.Task))
    print(repr(t))

asyncio.run(main())
