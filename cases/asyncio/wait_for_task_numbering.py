# case: wait_for runs its awaitable in an inner task up to 3.11 and inline from 3.12: the task names
#   that follow shift.
# tags: asyncio versions
import asyncio

async def name():
    return asyncio.current_task().get_name()

async def main():
    print(await asyncio.wait_for(name(), timeout=1))
    t = asyncio.create_task(name())
    print(await t)

asyncio.run(main())
