# case: A done callback that creates a task: the new task starts on the next iteration.
# tags: asyncio
import asyncio

async def follow_up(x):
    print("follow-up ran with", x)
    return x + 1

async def first():
    await asyncio.sleep(0)
    return 1

async def main():
    holder = []
    t = asyncio.create_task(first())
    t.add_done_callback(lambda f: holder.append(asyncio.ensure_future(follow_up(f.result()))))
    await t
    print("t done; follow-up scheduled?", len(holder))
    await asyncio.sleep(0)
    print(await holder[0])

asyncio.run(main())
