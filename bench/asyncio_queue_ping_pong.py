# asyncio: 1,000 tasks in a ring of Queues, 10 values passed all the way round.
import asyncio

async def player(inbox, outbox, rounds):
    for _ in range(rounds):
        v = await inbox.get()
        await outbox.put(v + 1)

async def main(n, rounds):
    queues = [asyncio.Queue() for _ in range(n + 1)]
    tasks = [asyncio.create_task(player(queues[i], queues[i + 1], rounds)) for i in range(n)]
    for r in range(rounds):
        await queues[0].put(r)
    total = 0
    for _ in range(rounds):
        total += await queues[n].get()
    await asyncio.gather(*tasks)
    return total

print(asyncio.run(main(1000, 10)))
