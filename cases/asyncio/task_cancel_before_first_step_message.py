# case: A task cancelled before it ever ran: its coroutine never starts; awaiting it raises CancelledError with the message.
# tags: asyncio cancellation versions
# python: >=3.9
import asyncio

async def body():
    print("body started")

async def main():
    t = asyncio.create_task(body())
    print(t.cancel("early"), t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    print(t.cancelled(), repr(t).split(" coro=")[0])

asyncio.run(main())
