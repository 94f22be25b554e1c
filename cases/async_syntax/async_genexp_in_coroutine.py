# case: Generator expressions inside async def: with await inside they are async generator expressions; without, plain generators; their types and how they are driven.
# tags: async_syntax async_generator genexp
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

async def double(x):
    await sleep("doubling " + str(x))
    return 2 * x

async def agen():
    yield 1
    yield 2

async def main():
    plain = (x for x in range(3))
    print(type(plain).__name__, list(plain))
    with_await = (await double(x) for x in range(2))
    print(type(with_await).__name__)
    print([v async for v in with_await])
    over_agen = (x * 10 async for x in agen())
    print(type(over_agen).__name__, [v async for v in over_agen])
    g = (await double(x) for x in range(1))
    print(await g.__anext__())
    return "ok"

run(main())
