# case: cr_suspended (3.11+): False when created, True while suspended in an await, False when closed.
# tags: coroutine introspection versions
# python: >=3.11
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
    await pause()

c = f()
print(c.cr_suspended)
c.send(None)
print(c.cr_suspended)
c.close()
print(c.cr_suspended)
