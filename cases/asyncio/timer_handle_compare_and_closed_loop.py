# case: call_soon/call_later/call_at order on the virtual clock, TimerHandle ordering and equality (3.8 compares with any handle), a closed loop refusing work.
# tags: asyncio versions
import asyncio
def cb(*a):
    print("cb", a, loop.time())
loop = asyncio.new_event_loop()
h1 = loop.call_later(0.2, cb, 1)
h2 = loop.call_later(0.1, cb, 2)
h3 = loop.call_at(loop.time() + 0.1, cb, 3)
h4 = loop.call_soon(cb, 4)
h5 = loop.call_soon(cb, 5)
h5.cancel()
h5.cancelled()
h1.when()
type(h1).__name__, type(h4).__name__
h2 < h1, h2 == h2, h1 <= h3
try:
    h4.when()
except AttributeError as e:
    print("AE", e)
loop.call_later(0.3, loop.stop)
loop.run_forever()
h1.cancelled()
loop.is_running(), loop.is_closed()
loop.close()
loop.is_closed()
try:
    loop.call_soon(cb, 6)
except RuntimeError as e:
    print(e)
loop.close()
try:
    loop.run_until_complete(asyncio.sleep(0))
except RuntimeError as e:
    print(e)
loop = asyncio.new_event_loop()
a = loop.call_at(1, cb, 1)
b = loop.call_at(1, cb, 1)
c = loop.call_at(2, cb)
a == b, a != b, a < b, a <= b, a > b, a >= b, c > a, c >= a, hash(a) == hash(1)
b.cancel()
a == b, a <= b, a >= b
s = loop.call_soon(cb)
try:
    a < s
except TypeError as e:
    print(e)
a == s, s == s, s != a
loop.close()
