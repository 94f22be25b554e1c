# case: An exception raised in an awaited coroutine while the awaiter handles another gets it as __context__; raise from sets __cause__.
# tags: coroutine exceptions
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

async def fails():
    raise ValueError("inner")

async def handler():
    try:
        raise KeyError("outer")
    except KeyError:
        await fails()

async def wraps():
    try:
        await fails()
    except ValueError as e:
        raise RuntimeError("wrapped") from e

run(handler())
run(wraps())
