# case: Cancelling the main task from inside: asyncio.run raises CancelledError.
# tags: asyncio cancellation
import asyncio

async def main():
    asyncio.current_task().cancel()
    print("cancel requested")
    await asyncio.sleep(0)
    print("never")

asyncio.run(main())
