# case: gather with a non-awaitable argument raises TypeError; earlier arguments already wrapped
#   (3.8 also reports a NameError from the wrapped child's done callback, naming its stdlib path).
# tags: asyncio errors
# python: >=3.9
import asyncio

async def work(x):
    print("ran", x)
    return x

async def main():
    c = work(1)
    try:
        asyncio.gather(c, 42)
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(0)
    print("tasks:", len(asyncio.all_tasks()))
    try:
        await asyncio.gather(*[None])
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
