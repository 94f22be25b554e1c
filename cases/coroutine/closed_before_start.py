# case: close() on a coroutine that never ran: no warning at drop, its body never runs; send after is the reuse error.
# tags: coroutine close finalization
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

async def f():
    print("body")

c = f()
c.close()
c.send(None)
del c
c = f()
c.throw(KeyError)
del c
