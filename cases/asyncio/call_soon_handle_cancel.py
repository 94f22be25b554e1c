# case: A cancelled call_soon handle does not run; Handle repr and cancelled().
# tags: asyncio
import asyncio

def hello(x):
    print("hello", x)

async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(hello, 1)
    h2 = loop.call_soon(hello, 2)
    h3 = loop.call_soon(hello, 3)
    h2.cancel()
    print(h2.cancelled(), h1.cancelled())
    await asyncio.sleep(0)
    print("done")

asyncio.run(main())
