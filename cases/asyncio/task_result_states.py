# case: result(), exception(), done() and cancelled() of a task in each state, with the
#   InvalidStateError messages.
# tags: asyncio errors
import asyncio

async def slow():
    await asyncio.sleep(1)
    return "slow"

async def main():
    t = asyncio.create_task(slow())
    print(t.done(), t.cancelled())
    for method in (t.result, t.exception):
        try:
            method()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting raised", type(e).__name__)
    print(t.done(), t.cancelled())
    for method in (t.result, t.exception):
        try:
            method()
        except asyncio.CancelledError as e:
            print(method.__name__, "raised CancelledError", e.args)

asyncio.run(main())
