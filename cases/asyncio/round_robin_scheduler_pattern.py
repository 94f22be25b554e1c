# case: A round-robin of worker tasks that hand a token through Futures.
# tags: asyncio patterns
import asyncio

async def worker(i, inbox, outbox, rounds):
    for r in range(rounds):
        token = await inbox[0]
        inbox[0] = asyncio.get_running_loop().create_future()
        print("worker", i, "round", r, "token", token)
        outbox[0].set_result(token + 1)

async def main():
    loop = asyncio.get_running_loop()
    boxes = [[loop.create_future()] for _ in range(3)]
    tasks = [asyncio.create_task(worker(i, boxes[i], boxes[(i + 1) % 3], 2)) for i in range(3)]
    boxes[0][0].set_result(0)
    await asyncio.gather(*tasks)
    print(boxes[0][0].result())

asyncio.run(main())
