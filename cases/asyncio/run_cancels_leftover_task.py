# case: asyncio.run cancels the one task still pending when main returns; its finally runs inside
#   run.
# tags: asyncio cancellation
import asyncio

async def background():
    try:
        print("background started")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("background cancelled")
        raise
    finally:
        print("background finally")

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0)
    print("main returns")
    return "result"

asyncio.run(main())
print("after run")
