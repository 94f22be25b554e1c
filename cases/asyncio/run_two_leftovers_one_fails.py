# case: A leftover task that fails during asyncio.run's cancellation phase (not with CancelledError) is reported.
# tags: asyncio cancellation finalization
import asyncio

async def fails_late():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        await asyncio.sleep(0)
        raise LookupError("late failure")

async def main():
    asyncio.create_task(fails_late(), name="late")
    await asyncio.sleep(0)
    return "main value"

print(asyncio.run(main()))
