# case: After a task catches the CancelledError of a task it awaited, a new exception has no
#   __context__ (the wakeup does not run the step inside an exception handler); later result()
#   calls chain the cancelled task's own CancelledError on 3.9-3.10.
# tags: asyncio cancellation exceptions versions
import asyncio
async def victim():
    await asyncio.sleep(1)
async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel("why")
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaited", repr(e))
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result:", repr(e), repr(e.__context__))
    try:
        raise KeyError
    except KeyError as e:
        print("keyerror", repr(e.__context__))
asyncio.run(main())
