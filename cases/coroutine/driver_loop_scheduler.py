# case: A round-robin scheduler driving several coroutines by hand, each yielding control with a types.coroutine sleep.
# tags: coroutine patterns
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

@types.coroutine
def switch():
    yield

async def worker(name, n):
    total = 0
    for i in range(n):
        print(name, "step", i)
        total += i
        await switch()
    return name, total

def scheduler(coros):
    results = []
    queue = list(coros)
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
            queue.append(c)
        except StopIteration as e:
            results.append(e.value)
    return results

scheduler([worker("a", 2), worker("b", 3), worker("c", 1)])
