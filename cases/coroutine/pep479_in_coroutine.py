# case: StopIteration raised in a coroutine body becomes 'coroutine raised StopIteration', chained; StopAsyncIteration passes through a coroutine unchanged.
# tags: coroutine pep479
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

async def stops():
    raise StopIteration("early")

async def stops_async():
    raise StopAsyncIteration("async")

run(stops())
run(stops_async())
async def awaits_stopper():
    await stops()

run(awaits_stopper())
