# case: call_later timers fire by deadline; a cancelled handle never runs; handle reprs.
# tags: asyncio
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_later(0.3, print, "third")
    h2 = loop.call_later(0.1, print, "first")
    h3 = loop.call_later(0.2, print, "cancelled")
    h4 = loop.call_later(0.25, print, "second")
    h3.cancel()
    print(h3.cancelled(), h1.cancelled())
    print(h2.when())
    await asyncio.sleep(0.5)
    print("done")

asyncio.run(main())
