# case: result()/exception() on pending and cancelled tasks; set_result on a task is refused.
# tags: asyncio errors
import asyncio

async def slow():
    await asyncio.sleep(1)
    return 5

async def main():
    t = asyncio.create_task(slow())
    for m in (t.result, t.exception):
        try:
            m()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    for name, arg in (("set_result", 1), ("set_exception", ValueError())):
        try:
            getattr(t, name)(arg)
        except RuntimeError as e:
            print(name, "->", e)
    t.cancel("bye")
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaited", repr(e))
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result", repr(e))
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception", repr(e))

asyncio.run(main())
