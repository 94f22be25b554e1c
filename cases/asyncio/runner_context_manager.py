# case: asyncio.Runner: run several coroutines on one loop, get_loop, close, errors after close.
# tags: asyncio errors
# python: >=3.11
import asyncio

async def job(x):
    await asyncio.sleep(0)
    return x * 3

with asyncio.Runner() as runner:
    print(runner.run(job(1)))
    print(runner.run(job(2)))
    loop = runner.get_loop()
    print(loop.is_running(), loop.is_closed())
print(loop.is_closed())
c = job(3)
try:
    runner.run(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
r = asyncio.Runner()
r.close()
r.close()
try:
    r.get_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
