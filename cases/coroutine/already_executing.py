# case: A coroutine driven while it runs: 'coroutine already executing'; cr_running is True inside.
# tags: coroutine reentrancy errors
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

async def selfish():
    print("inside, running:", c.cr_running)
    c.send(None)

c = selfish()
run(c)
async def closer():
    c2.close()

c2 = closer()
run(c2)
