# case: An async generator driven by hand through asend/athrow/aclose in every state: fresh, suspended at a yield, in an await, closed.
# tags: async_generator throw close
import types, sys
@types.coroutine
def sus(v):
    return (yield v)
async def ag():
    try:
        x = yield 1
        print("x", x)
        y = await sus("aw")
        print("y", y)
        yield 2
    finally:
        print("fin")
def drive(aw, *sends):
    try:
        r = aw.send(None)
        print("yielded", r)
        for s in sends:
            r = aw.send(s)
            print("yielded", r)
    except StopIteration as e:
        print("StopIteration", e.value)
    except StopAsyncIteration as e:
        print("SAI", repr(e))
    except BaseException as e:
        print(type(e).__name__, e)
g = ag()
g.ag_running
drive(g.asend(None))
a = g.asend("sent")
a.send(None)
g.ag_running
g.ag_await
drive(a, "yv")
g.ag_running
a.send(None)
drive(g.aclose())
drive(g.aclose())
drive(g.asend(None))
drive(g.athrow(ValueError))
g2 = ag()
drive(g2.athrow(KeyError("k")))
drive(g2.asend(None))
g3 = ag()
drive(g3.asend(None))
drive(g3.athrow(KeyError("k")))
drive(g3.athrow(KeyError("k")))
