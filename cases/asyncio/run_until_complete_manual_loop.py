# case: A loop made with new_event_loop runs coroutines with run_until_complete; closing it twice is
#   fine; using it closed is an error.
# tags: asyncio errors
import asyncio

async def work(n):
    await asyncio.sleep(0)
    return n + 1

loop = asyncio.new_event_loop()
loop.run_until_complete(work(1))
loop.run_until_complete(work(2))
loop.close()
loop.close()
loop.is_closed()
coro = work(3)
loop.run_until_complete(coro)
coro.close()
