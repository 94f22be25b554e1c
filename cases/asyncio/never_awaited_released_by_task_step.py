# case: A coroutine dropped unawaited by a task's own frame warns where CPython's innermost Python
#   frame is then: events.py's Handle._run for a lazy step, the eager factory (or the case's
#   Task() call) for an eager one.
# tags: asyncio finalization versions
import asyncio

async def helper():
    return 1

async def holds_one():
    c = helper()
    print("holding")

async def main():
    await asyncio.create_task(holds_one())
    print("lazy task done")
    c = helper()
    return "main keeps one until it returns"

print(asyncio.run(main()))
