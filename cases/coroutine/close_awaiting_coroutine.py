# case: close() on a coroutine suspended in an await closes the awaited generator first, runs both finally blocks, and returns None.
# tags: coroutine close
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

@types.coroutine
def inner():
    try:
        yield 1
    finally:
        print("inner finally")

async def outer():
    try:
        await inner()
    finally:
        print("outer finally")

c = outer()
c.send(None)
print(c.close())
print(c.cr_frame, c.cr_await)
c.close()
c.send(None)
