# case: Assigning cr_running, cr_frame, cr_code, cr_await and unknown attributes of a coroutine.
# tags: coroutine introspection errors
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

async def f():
    pass

c = f()
c.cr_running = True
c.cr_frame = None
c.cr_code = None
c.cr_await = None
c.extra = 1
c.gi_frame
c.__name__ = "renamed"
c.__name__
c.__qualname__ = 5
c.close()
