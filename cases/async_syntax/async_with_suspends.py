# case: __aenter__ and __aexit__ that suspend (await a types.coroutine generator): the values pass out to the driver.
# tags: async_syntax
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

@types.coroutine
def pause(v):
    got = yield v
    return got

class Slow:
    async def __aenter__(self):
        r = await pause("entering")
        print("enter resumed with", r)
        return r
    async def __aexit__(self, *exc):
        await pause("exiting")
        print("exit saw", exc[0])

async def f():
    async with Slow() as v:
        print("body with", v)
    try:
        async with Slow():
            raise KeyError("x")
    except KeyError as e:
        print("caught", repr(e))

c = f()
c.send(None)
c.send("value")
c.send(None)
c.send(None)
c.send("second")
c.send(None)
