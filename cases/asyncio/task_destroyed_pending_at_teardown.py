# case: A task still pending in a loop that is never run again: "Task was destroyed but it is
#   pending!" when the teardown collects it.
# tags: asyncio finalization
import asyncio

async def forever():
    try:
        await asyncio.sleep(100)
    finally:
        print("finally of the abandoned task")

loop = asyncio.new_event_loop()
task = loop.create_task(forever(), name="abandoned")
loop.run_until_complete(asyncio.sleep(0))
print(task.done())
loop.close()
