# case: Async comprehensions: nested async for clauses, if clauses with await, the first iterable evaluated in the enclosing scope, the comprehension variable not leaking.
# tags: async_syntax
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

@types.coroutine
def sleep(v):
    yield v

async def arange(n):
    for i in range(n):
        await sleep("arange " + str(i))
        yield i

async def is_odd(x):
    await sleep("check " + str(x))
    return x % 2

async def main():
    x = "outer"
    a = [x async for x in arange(3)]
    print(a, x)
    b = [(i, j) async for i in arange(2) async for j in arange(i + 1)]
    print(b)
    c = {i: await is_odd(i) async for i in arange(3) if await is_odd(i + 1)}
    print(c)
    d = [i for i in range(4) if await is_odd(i)]
    print(d)
    return len(a)

run(main())
