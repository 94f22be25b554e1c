# case: sys.exc_info() inside a coroutine suspended in an except block, and in the driver between steps: each frame sees its own exception.
# tags: coroutine exceptions
import sys
import types

@types.coroutine
def sleep():
    yield

async def handler():
    try:
        raise KeyError("inside")
    except KeyError:
        print("before", sys.exc_info()[0].__name__)
        await sleep()
        print("after", sys.exc_info()[0].__name__)
    print("outside", sys.exc_info()[0])

c = handler()
c.send(None)
sys.exc_info()
try:
    raise ValueError("driver")
except ValueError:
    try:
        c.send(None)
    except StopIteration:
        print("driver still", sys.exc_info()[0].__name__)
