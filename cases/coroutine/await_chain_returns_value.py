# case: A chain of three coroutines awaiting each other returns the innermost value up; a types.coroutine generator at the bottom suspends the whole chain.
# tags: coroutine
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

@types.coroutine
def suspend(tag):
    got = yield tag
    print("resumed with", got)
    return got

async def leaf():
    v = await suspend("leaf")
    return v * 2 if v else "none"

async def middle():
    r = await leaf()
    print("middle got", r)
    return [r]

async def top():
    return await middle()

run(top())
c = top()
c.send(None)
c.send(21)
