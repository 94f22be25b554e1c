# case: send() of a non-None value to a just-started coroutine is a TypeError; the coroutine stays usable.
# tags: coroutine send errors
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

async def f():
    return "ok"

c = f()
c.send(1)
run(c)
c = f()
c.send()
c.send(1, 2)
c.close()
