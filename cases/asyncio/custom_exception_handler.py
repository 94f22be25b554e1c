# case: A handler set with set_exception_handler receives the context dict;
#   default_exception_handler can be called explicitly.
# tags: asyncio
import asyncio

def handler(loop, context):
    print("handler:", context["message"], sorted(context))
    print("  exception:", repr(context.get("exception")))

def boom():
    raise KeyError("x")

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(boom)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom report", "extra": 1})
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "to the default", "extra": [1, 2]})

asyncio.run(main())
