# case: athrow/aclose on an async generator that never started; asend non-None first.
# tags: async_generator errors
import types

async def ag():
    try:
        yield 1
    finally:
        print("finally runs")

def drive(aw):
    try:
        while True:
            print("yield", aw.send(None))
    except StopIteration as e:
        print("stop", e.value)
    except BaseException as e:
        print(type(e).__name__, repr(e))

g = ag()
drive(g.athrow(ValueError("early")))
drive(g.asend(None))
h = ag()
drive(h.aclose())
drive(h.asend(None))
k = ag()
a = k.asend("x")
try:
    a.send(None)
except TypeError as e:
    print("TypeError:", e)
drive(k.asend(None))
drive(k.aclose())
