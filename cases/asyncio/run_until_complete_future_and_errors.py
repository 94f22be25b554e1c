# case: A manual loop: run_until_complete on a future set by a callback, a closed loop's errors, run_forever/stop.
# tags: asyncio errors
import asyncio

loop = asyncio.new_event_loop()
f = loop.create_future()
loop.call_soon(f.set_result, "via callback")
print(loop.run_until_complete(f))
async def c():
    return "coro"
print(loop.run_until_complete(c()))
loop.call_soon(print, "cb1")
loop.call_soon(loop.stop)
loop.call_soon(print, "cb2")
loop.run_forever()
print("stopped once")
loop.call_soon(loop.stop)
loop.run_forever()
print(loop.is_closed())
loop.close()
loop.close()
try:
    loop.call_soon(print)
except RuntimeError as e:
    print("RuntimeError:", e)
co = c()
try:
    loop.run_until_complete(co)
except RuntimeError as e:
    print("RuntimeError:", e)
co.close()
