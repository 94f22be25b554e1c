# case: async for over an async generator inside a coroutine driven by hand, with break, else, and awaits in the generator.
# tags: async_generator async_syntax
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

@types.coroutine
def pause(v):
    yield v

async def numbers(n):
    try:
        for i in range(n):
            await pause(("tick", i))
            yield i
    finally:
        print("numbers finally")

async def consume():
    total = []
    async for x in numbers(3):
        total.append(x)
    else:
        print("else ran")
    async for x in numbers(5):
        if x == 1:
            break
        total.append(x * 10)
    return total

run(consume())
