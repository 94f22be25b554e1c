# case: A coroutine dropped while suspended in an await is closed at once: finally blocks run at the del, no warning.
# tags: coroutine finalization
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

@types.coroutine
def pause():
    try:
        yield
    finally:
        print("pause finally")

async def f():
    try:
        await pause()
    finally:
        print("f finally")

c = f()
c.send(None)
del c
print("after del")
c = f()
c.send(None)
