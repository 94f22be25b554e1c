# case: async for over a class with __aiter__/__anext__: StopAsyncIteration ends the loop, other exceptions propagate, continue and break work.
# tags: async_syntax
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

class Counter:
    def __init__(self, n, fail_at=None):
        self.i = 0
        self.n = n
        self.fail_at = fail_at
    def __aiter__(self):
        print("aiter")
        return self
    async def __anext__(self):
        self.i += 1
        if self.i == self.fail_at:
            raise ValueError("failed at %d" % self.i)
        if self.i > self.n:
            raise StopAsyncIteration
        return self.i

async def loop(counter):
    seen = []
    async for x in counter:
        if x == 2:
            continue
        seen.append(x)
        if x == 4:
            break
    else:
        seen.append("else")
    return seen

run(loop(Counter(3)))
run(loop(Counter(9)))
run(loop(Counter(9, fail_at=3)))
