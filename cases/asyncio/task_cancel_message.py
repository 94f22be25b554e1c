# case: cancel(msg): the message reaches the task and the awaiter (chained on 3.9-3.10, direct on
#   3.11+).
# tags: asyncio cancellation versions
# python: >=3.9
import asyncio

async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("inside:", e.args)
        raise

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel("stop it")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outside:", e.args, type(e.__context__).__name__)

asyncio.run(main())
