# case: A types.coroutine generator can 'yield from' a native coroutine; sends, throws and the return value pass through; a plain generator cannot.
# tags: coroutine yield_from
import types

@types.coroutine
def sleep(v):
    got = yield v
    return got

async def native(n):
    total = 0
    for i in range(n):
        total += await sleep(i)
    return total

@types.coroutine
def bridge(n):
    result = yield from native(n)
    print("bridge got", result)
    return result * 10

async def top():
    return await bridge(3)

c = top()
c.send(None)
c.send(5)
c.send(6)
c.send(7)

def plain():
    yield from native(1)

p = plain()
next(p)
b = bridge(2)
next(b)
b.throw(KeyError("into native"))
