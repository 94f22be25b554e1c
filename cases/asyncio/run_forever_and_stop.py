# case: run_forever runs until stop(); stop() lets the current iteration finish.
# tags: asyncio
import asyncio

loop = asyncio.new_event_loop()

def tick(n):
    print("tick", n)
    if n < 3:
        loop.call_soon(tick, n + 1)
    else:
        loop.stop()
        loop.call_soon(print, "after stop")

loop.call_soon(tick, 0)
loop.run_forever()
print("stopped")
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
