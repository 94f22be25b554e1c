# case: A custom exception handler receives context dicts: keys for a callback error and a never-retrieved task.
# tags: asyncio
import asyncio

def handler(loop, ctx):
    print("handler:", ctx["message"], sorted(ctx), type(ctx.get("exception")).__name__)

async def bad():
    raise KeyError("k")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    t = asyncio.create_task(bad())
    await asyncio.sleep(0)
    del t
    loop.call_exception_handler({"message": "custom", "extra": 1})
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "default now"})
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
