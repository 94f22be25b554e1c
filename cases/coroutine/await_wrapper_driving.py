# case: coro.__await__() gives a wrapper with send/throw/close/__next__ that drive the coroutine.
# tags: coroutine send throw close
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
    return (yield v)

async def f():
    a = await pause(1)
    b = await pause(2)
    return a, b

w = f().__await__()
next(w)
w.send("A")
w.send("B")
w = f().__await__()
next(w)
w.throw(ValueError("into wrapper"))
w = f().__await__()
next(w)
w.close()
next(w)
