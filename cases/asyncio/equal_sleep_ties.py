# case: Several tasks sleeping the same delay at the same virtual time: the timer heap decides the
#   order.
# tags: asyncio
import asyncio

async def sleeper(i):
    await asyncio.sleep(0.1)
    print("woke", i)

async def main():
    await asyncio.gather(*[sleeper(i) for i in range(7)])

asyncio.run(main())
