# case: A callback cancels a handle queued after it in the same iteration: it does not run; cancel() twice and after running.
# tags: asyncio
import asyncio
loop = asyncio.new_event_loop()
def f(): print("f")
def g(): print("g"); h2.cancel()
h1 = loop.call_soon(g)
h2 = loop.call_soon(f)
h3 = loop.call_later(1, f)
h3.cancel()
h3.cancel()
h3.cancelled()
loop.call_soon(loop.stop)
loop.run_forever()
h2.cancelled()
h1.cancelled()
h1.cancel()
h1.cancelled()
loop.close()
