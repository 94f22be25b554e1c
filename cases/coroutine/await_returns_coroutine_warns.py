# case: __await__ returning a coroutine is a TypeError; the returned coroutine is dropped unawaited and warns at the await's line.
# tags: coroutine errors
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

async def helper():
    return 1

class Bad:
    def __await__(self):
        return helper()

async def use():
    return await Bad()

run(use())
print("after")
