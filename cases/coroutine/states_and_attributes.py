# case: cr_running, cr_frame, cr_await, cr_code, cr_origin and inspect.getcoroutinestate through a coroutine's life.
# tags: coroutine introspection
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

import inspect

@types.coroutine
def pause():
    yield "p"

async def probe():
    print("running:", c.cr_running, inspect.getcoroutinestate(c))
    await pause()
    return 3

c = probe()
print(inspect.getcoroutinestate(c), c.cr_running, c.cr_await, c.cr_frame is None, c.cr_origin)
print(c.cr_code.co_name, c.__name__, c.__qualname__)
c.send(None)
print(inspect.getcoroutinestate(c), c.cr_await.__name__, c.cr_frame.f_lineno)
run(c)
print(inspect.getcoroutinestate(c), c.cr_frame, c.cr_await)
