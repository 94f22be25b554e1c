# case: Two tasks bounce a counter through two queues.
# tags: asyncio asyncio_sync patterns
import asyncio

async def player(name, inbox, outbox, limit):
    while True:
        n = await inbox.get()
        print(name, n)
        if n >= limit:
            await outbox.put(n + 1)
            return name
        await outbox.put(n + 1)

async def main():
    a, b = asyncio.Queue(), asyncio.Queue()
    await a.put(0)
    print(await asyncio.gather(player("ping", a, b, 5), player("pong", b, a, 5)))

asyncio.run(main())
