# case: Async comprehensions (PEP 530): list, set, dict comprehensions with async for and with await, and an async generator expression.
# tags: async_syntax async_generator
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

async def agen(n):
    for i in range(n):
        yield i

async def double(x):
    return x * 2

async def main():
    a = [x async for x in agen(4)]
    b = {x % 2 async for x in agen(4)}
    c = {x: await double(x) async for x in agen(3)}
    d = [await double(x) for x in range(3)]
    e = [x async for x in agen(6) if x % 2 async for _ in agen(1)]
    gen = (x * 10 async for x in agen(3))
    print(type(gen).__name__)
    f = [y async for y in gen]
    return a, b, c, d, e, f

run(main())
