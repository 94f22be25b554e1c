# case: asyncio.wait misuse: an empty set, a bad return_when, bare coroutines (deprecated, then
#   refused).
# tags: asyncio errors versions
import asyncio

async def work():
    return 1

async def main():
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait([asyncio.ensure_future(work())], return_when="sometimes")
    except ValueError as e:
        print("ValueError:", e)
    coro = work()
    try:
        done, pending = await asyncio.wait([coro])
        print("accepted a coroutine", len(done))
    except TypeError as e:
        print("TypeError:", e)
        coro.close()

asyncio.run(main())
