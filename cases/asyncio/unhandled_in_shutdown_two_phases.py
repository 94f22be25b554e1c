# case: A task leftover at asyncio.run's end that needs several iterations to finish after its
#   cancellation.
# tags: asyncio cancellation
import asyncio

async def slow_cleanup():
    try:
        await asyncio.sleep(10)
    finally:
        for i in range(3):
            print("cleanup step", i)
            await asyncio.sleep(0)

async def main():
    asyncio.create_task(slow_cleanup())
    await asyncio.sleep(0)

asyncio.run(main())
print("run returned")
