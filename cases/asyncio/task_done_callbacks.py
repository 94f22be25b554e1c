# case: Done callbacks of a task run in registration order, each one loop iteration after
#   completion, with the task as argument.
# tags: asyncio
import asyncio

async def work():
    print("work")
    return 3

def cb(tag):
    def callback(fut):
        print("callback", tag, fut.result())
    return callback

async def main():
    t = asyncio.create_task(work())
    t.add_done_callback(cb("a"))
    t.add_done_callback(cb("b"))
    first = cb("removed")
    t.add_done_callback(first)
    print("removed", t.remove_done_callback(first))
    await asyncio.sleep(0)
    print("task done:", t.done())
    await asyncio.sleep(0)
    print("after")

asyncio.run(main())
