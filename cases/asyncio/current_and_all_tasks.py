# case: current_task inside tasks; all_tasks holds the pending ones.
# tags: asyncio introspection
import asyncio

async def child(n):
    print("child", n, asyncio.current_task().get_name())
    await asyncio.sleep(n)

async def main():
    me = asyncio.current_task()
    tasks = [asyncio.create_task(child(i)) for i in range(3)]
    print(len(asyncio.all_tasks()), me in asyncio.all_tasks())
    await asyncio.sleep(0)
    print(len(asyncio.all_tasks()))
    await asyncio.sleep(1.5)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*tasks)
    print(len(asyncio.all_tasks()))

asyncio.run(main())
