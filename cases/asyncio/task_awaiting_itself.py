# case: A task that awaits itself gets a RuntimeError.
# tags: asyncio errors
import asyncio

async def selfish():
    await asyncio.sleep(0)
    await asyncio.current_task()

async def main():
    t = asyncio.create_task(selfish())
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
