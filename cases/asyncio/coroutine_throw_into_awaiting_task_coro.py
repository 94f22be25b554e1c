# case: A coroutine awaiting a future, driven by hand: throw() while it awaits; awaiting the still-blocking future again is "await wasn't used with future".
# tags: coroutine asyncio throw close
import asyncio

async def body(f):
    try:
        return await f
    except KeyError as e:
        print("body caught", repr(e))
        return await f

loop = asyncio.new_event_loop()
f = loop.create_future()
c = body(f)
print(c.send(None) is f)
print(c.throw(KeyError("k")) is f)
c.close()
print(c.cr_frame)
loop.close()
