# case: asyncio.run of a non-coroutine: 3.8-3.10 refuse it before making a loop; 3.11+ make the Runner's loop first, so its shutdown steps use up two task names before the next run's main task.
# tags: asyncio versions
import asyncio
try:
    asyncio.run(5)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
async def main():
    print(asyncio.current_task().get_name())
asyncio.run(main())
