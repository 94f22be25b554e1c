# case: A coroutine created inside a task and dropped unawaited warns "was never awaited" where it
#   is released.
# tags: asyncio finalization
import asyncio

async def helper():
    return 1

async def main():
    helper()
    print("after the dropped call")
    c = helper()
    del c
    print("after del")

asyncio.run(main())
