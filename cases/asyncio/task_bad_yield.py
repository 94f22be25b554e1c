# case: A task whose coroutine yields None (a bare yield), or a bare value, through a generator-based awaitable.
# tags: asyncio errors
import asyncio, types

@types.coroutine
def bad(v):
    r = yield v
    return r

async def body(v):
    try:
        r = await bad(v)
        print("resumed with", r)
    except RuntimeError as e:
        print("RuntimeError:", str(e)[:40])

async def main():
    for v in (None, 42, "s"):
        await asyncio.create_task(body(v))

asyncio.run(main())
