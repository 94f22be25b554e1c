# case: Coroutines with try/except/finally around awaits: finally runs on return and on exceptions; return in finally wins.
# tags: coroutine exceptions
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

async def f(fail):
    try:
        await pause("in try")
        if fail:
            raise ValueError("fail")
        return "from try"
    except ValueError:
        await pause("in except")
        return "from except"
    finally:
        await pause("in finally")
        print("finally done")

run(f(False))
run(f(True))
async def g():
    try:
        return 1
    finally:
        return 2

run(g())
