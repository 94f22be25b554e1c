# case: asyncio.sleep with bad delays, and call_later/call_at argument errors.
# tags: asyncio errors
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    for d in (None, "1", [1]):
        try:
            await asyncio.sleep(d)
        except TypeError as e:
            print("sleep", repr(d), "TypeError", type(e).__name__)
    for args in ((None, print), ("x", print)):
        try:
            loop.call_later(*args)
        except TypeError as e:
            print("call_later TypeError:", e)
    try:
        loop.call_at(None, print)
    except TypeError as e:
        print("call_at TypeError:", e)
    h = loop.call_at(loop.time() + 1, print, "x")
    print(h.when(), repr(h).split(" at ")[0])
    h.cancel()
    print(h.cancelled(), repr(h))

asyncio.run(main())
