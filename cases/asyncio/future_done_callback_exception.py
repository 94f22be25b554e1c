# case: A done callback that raises is reported through the loop's exception handler; later
#   callbacks still run.
# tags: asyncio
import asyncio

def bad(fut):
    raise RuntimeError("callback failed")

def good(fut):
    print("good callback", fut.result())

async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(bad)
    fut.add_done_callback(good)
    fut.set_result(5)
    await asyncio.sleep(0)
    print("main continues")

asyncio.run(main())
