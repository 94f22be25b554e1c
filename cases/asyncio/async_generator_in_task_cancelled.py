# case: A task iterating an async generator is cancelled: the generator's finally runs in that task.
# tags: asyncio async_generator cancellation
import asyncio

async def ticks():
    try:
        i = 0
        while True:
            await asyncio.sleep(0.01)
            yield i
            i += 1
    finally:
        print("ticks finally; current task:", asyncio.current_task().get_name())

async def consumer():
    async for t in ticks():
        print("tick", t)

async def main():
    c = asyncio.create_task(consumer(), name="consumer")
    await asyncio.sleep(0.035)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("consumer cancelled")

asyncio.run(main())
