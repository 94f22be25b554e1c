# case: throw() into a coroutine with a class, an instance, a class and value, and invalid arguments.
# tags: coroutine throw errors
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
    yield

async def f():
    try:
        await pause()
    except Exception as e:
        print("caught", repr(e))
        return "handled"

c = f(); c.send(None)
c.throw(ValueError)
c = f(); c.send(None)
c.throw(ValueError("inst"))
c = f(); c.send(None)
c.throw(ValueError, "val")
c = f(); c.send(None)
c.throw(5)
c.throw()
c.close()
