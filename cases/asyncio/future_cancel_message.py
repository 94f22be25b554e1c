# case: Future.cancel(msg): the CancelledError carries the message (3.9+).
# tags: asyncio cancellation
# python: >=3.9
import asyncio

async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(lambda f: print("callback: cancelled", f.cancelled()))
    print(fut.cancel("why"))
    print(fut.cancel("again"))
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print("result:", e.args)
    try:
        await fut
    except asyncio.CancelledError as e:
        print("await:", e.args)

asyncio.run(main())
