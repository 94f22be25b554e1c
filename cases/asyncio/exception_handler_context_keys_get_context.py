# case: 3.12+: a handler set with set_exception_handler runs in the context of the task, future or handle the report names (get_context()); reports about a finished task, a handle and a plain future.
# tags: asyncio versions
import asyncio
def handler(loop, context):
    print("handler", context["message"])
async def noop():
    return 1
async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    t = asyncio.create_task(noop())
    await t
    loop.call_exception_handler({"message": "about a done task", "task": t})
    loop.call_exception_handler({"message": "about a handle", "handle": loop.call_soon(print, "x")})
    fut = loop.create_future()
    loop.call_exception_handler({"message": "about a future", "future": fut})
    await asyncio.sleep(0)
asyncio.run(main())
