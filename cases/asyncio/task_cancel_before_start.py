# case: A task cancelled before its first step never runs its body; awaiting it raises
#   CancelledError.
# tags: asyncio cancellation
import asyncio

async def body():
    print("body ran")
    return 1

async def main():
    t = asyncio.create_task(body())
    print("cancel:", t.cancel())
    print("cancel again:", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start")
    print(t.cancelled(), t.cancel())

asyncio.run(main())
