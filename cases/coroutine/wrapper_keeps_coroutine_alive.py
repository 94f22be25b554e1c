# case: The __await__ wrapper holds its coroutine: dropping the coroutine's name does not finalize it while the wrapper lives; dropping the wrapper then does.
# tags: coroutine finalization
import types

@types.coroutine
def sleep():
    yield "tick"

async def coro():
    try:
        await sleep()
        print("resumed")
    finally:
        print("finally")

c = coro()
w = c.__await__()
w.send(None)
del c
print("coroutine name dropped")
del w
print("wrapper dropped")
c = coro()
w = c.__await__()
del c
del w
print("never started, dropped through wrapper")
