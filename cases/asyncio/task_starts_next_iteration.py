# case: create_task does not run the coroutine: it starts on the next loop iteration, tasks in
#   creation order.
# tags: asyncio
import asyncio

async def child(name):
    print("child", name, "starts")
    await asyncio.sleep(0)
    print("child", name, "resumes")

async def main():
    asyncio.create_task(child("a"))
    asyncio.create_task(child("b"))
    print("main after create")
    await asyncio.sleep(0)
    print("main after first sleep")
    await asyncio.sleep(0)
    print("main after second sleep")

asyncio.run(main())
