# case: run_until_complete on a manual loop; stop() before the future is done; run_until_complete/run_forever/asyncio.run inside the running loop (3.13.0's failed run_forever also clears the running loop, so the asyncio.run after it runs).
# tags: asyncio versions
import asyncio
loop = asyncio.new_event_loop()
async def f(x):
    await asyncio.sleep(0.1)
    return x
loop.run_until_complete(f(1))
t = loop.create_task(f(2))
loop.run_until_complete(t)
t.result()
fut = loop.create_future()
loop.call_later(1, fut.set_result, "late")
loop.run_until_complete(fut)
loop.time()
async def stopper():
    loop.stop()
    await asyncio.sleep(1)
try:
    loop.run_until_complete(stopper())
except RuntimeError as e:
    print("RE", e)
loop.run_until_complete(asyncio.sleep(0))
async def inner_run():
    try:
        loop.run_until_complete(f(3))
    except RuntimeError as e:
        print("RE", e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RE", e)
    c = f(4)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RE", e)
loop.run_until_complete(inner_run())
async def fails():
    raise ValueError("boom")
try:
    loop.run_until_complete(fails())
except ValueError as e:
    print("VE", e)
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
