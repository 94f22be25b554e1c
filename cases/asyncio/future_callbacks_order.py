# case: set_result schedules each done callback with call_soon in registration order; a callback
#   added after completion is scheduled too.
# tags: asyncio
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    for name in "abc":
        fut.add_done_callback(lambda f, n=name: print("cb", n, f.result()))
    loop.call_soon(print, "soon before set")
    fut.set_result(7)
    print("set_result returned")
    fut.add_done_callback(lambda f: print("late cb"))
    loop.call_soon(print, "soon after set")
    await asyncio.sleep(0)
    print("one iteration later")

asyncio.run(main())
