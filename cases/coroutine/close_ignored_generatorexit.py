# case: A coroutine that awaits again while handling GeneratorExit in close(): 'coroutine ignored GeneratorExit'.
# tags: coroutine close errors
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
    yield v

async def stubborn():
    try:
        await pause(1)
    finally:
        await pause(2)

c = stubborn()
c.send(None)
c.close()
c.send(None)
