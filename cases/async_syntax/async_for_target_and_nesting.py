# case: async for with tuple targets, nested async for loops over two async generators, continue/break/else, and the loop variable after the loop.
# tags: async_syntax async_generator
def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

async def pairs(n):
    for i in range(n):
        yield i, i * i

async def letters():
    for c in "ab":
        yield c

async def main():
    async for i, sq in pairs(4):
        if i == 1:
            continue
        async for c in letters():
            if c == "b" and i == 2:
                break
            print(i, sq, c)
        else:
            print("inner else", i)
    else:
        print("outer else")
    print("after", i, sq)
    return "done"

run(main())
