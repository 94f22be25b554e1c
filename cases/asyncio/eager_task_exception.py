# case: An eager task that raises before suspending is done at once with that exception.
# tags: asyncio versions
# python: >=3.12
import asyncio

async def fail():
    raise ValueError("eager failure")

async def main():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    t = asyncio.create_task(fail())
    print(t.done(), repr(t.exception()))

asyncio.run(main())
