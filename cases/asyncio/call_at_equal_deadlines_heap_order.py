# case: Twelve call_at timers with one deadline fire in heap order, not FIFO.
# tags: asyncio
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    when = loop.time() + 0.5
    for i in range(12):
        loop.call_at(when, print, "timer", i)
    await asyncio.sleep(1)

asyncio.run(main())
