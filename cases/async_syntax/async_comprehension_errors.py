# case: Exceptions inside async comprehensions: from the async iterator, from an await in the element, from the if clause; the comprehension's partial result is lost and the generator is left suspended.
# tags: async_syntax exceptions
def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

async def agen(fail_at):
    try:
        for i in range(4):
            if i == fail_at:
                raise KeyError("agen %d" % i)
            yield i
    finally:
        print("agen finally", fail_at)

async def check(x):
    if x == 2:
        raise ValueError("check %d" % x)
    return x

async def from_iterator():
    return [x async for x in agen(1)]

async def from_element():
    return [await check(x) async for x in agen(9)]

async def from_condition():
    return [x async for x in agen(9) if await check(x)]

async def main():
    for make in [from_iterator, from_element, from_condition]:
        try:
            print(await make())
        except Exception as e:
            print(type(e).__name__, e)
    return "end"

run(main())
