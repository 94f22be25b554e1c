# case: Exceptions in async comprehensions: from the iterable, the condition and the element; generator cleanup.
# tags: async_syntax async_generator
import asyncio

async def gen():
    try:
        for i in range(5):
            yield i
    finally:
        print("gen finally")

async def check(x):
    if x == 3:
        raise ValueError("cond")
    return True

async def main():
    try:
        print([x async for x in gen() if await check(x)])
    except ValueError as e:
        print("ValueError", e)
    try:
        print([1 / (x - 2) async for x in gen()])
    except ZeroDivisionError as e:
        print("ZeroDivisionError")
    await asyncio.sleep(0)
    print("end of main")

asyncio.run(main())
