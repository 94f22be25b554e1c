# case: aclose() on an async generator that yields in finally: RuntimeError; and one that awaits in finally.
# tags: async_generator close errors
import types

@types.coroutine
def pause():
    yield "p"

async def yields_in_finally():
    try:
        yield 1
    finally:
        yield 2

async def awaits_in_finally():
    try:
        yield 1
    finally:
        print("cleanup start")
        await pause()
        print("cleanup end")

def drive(aw):
    try:
        while True:
            print("yielded", aw.send(None))
    except StopIteration as e:
        print("stop", e.value)
    except Exception as e:
        print(type(e).__name__, e)

g = yields_in_finally()
drive(g.asend(None))
drive(g.aclose())
h = awaits_in_finally()
drive(h.asend(None))
drive(h.aclose())
drive(h.aclose())
