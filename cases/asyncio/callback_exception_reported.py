# case: An exception in a call_soon callback is reported by the loop's default exception handler and
#   the loop goes on.
# tags: asyncio
import asyncio

def boom():
    raise ZeroDivisionError("cb")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(boom)
    loop.call_soon(print, "next callback")
    await asyncio.sleep(0)
    print("main")

asyncio.run(main())
