# case: No never-awaited warning for a coroutine that was started, closed, thrown into or awaited; only a fresh one warns, also when it was renamed first.
# tags: coroutine finalization
import types

@types.coroutine
def sleep():
    yield

async def c1():
    await sleep()

x = c1()
x.send(None)
del x
print("started and dropped")
x = c1()
x.close()
del x
print("closed and dropped")
x = c1()
try:
    x.throw(ValueError)
except ValueError:
    print("thrown into")
del x
x = c1()
x.__name__ = "renamed"
x.__qualname__ = "Renamed.qual"
del x
x = c1()
w = x.__await__()
del x, w
print("wrapper made, never run")
