# case: Tasks sleeping different small delays wake in deadline order on the virtual clock.
# tags: asyncio
import asyncio

async def sleeper(name, delays):
    for d in delays:
        await asyncio.sleep(d)
        print(name, "woke", round(asyncio.get_running_loop().time(), 6))

async def main():
    await asyncio.gather(
        sleeper("a", [0.03, 0.03]),
        sleeper("b", [0.05]),
        sleeper("c", [0.01, 0.01, 0.01, 0.01]),
    )

asyncio.run(main())
