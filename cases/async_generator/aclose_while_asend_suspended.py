# case: aclose() while an asend awaitable is suspended in an await, a finally that awaits, and a GeneratorExit handler that awaits.
# tags: async_generator close
import types
@types.coroutine
def sus():
    yield "s"
async def ag():
    try:
        yield 1
        await sus()
        yield 2
    finally:
        print("finally")
        await sus()
        print("finally2")
g = ag()
try:
    g.asend(None).send(None)
except StopIteration as e:
    print(e.value)
a = g.asend(None)
a.send(None)
c = g.aclose()
try:
    c.send(None)
except Exception as e:
    print(type(e).__name__, e)
try:
    g.asend(None).send(None)
except Exception as e:
    print(type(e).__name__, e)
try:
    a.send(None)
except StopIteration as e:
    print("val", e.value)
c2 = g.aclose()
print(c2.send(None))
try:
    c2.send(None)
except StopIteration as e:
    print("closed", e.value)
except Exception as e:
    print(type(e).__name__, e)
g.ag_frame
async def ag2():
    try:
        yield 1
    finally:
        yield 2
g = ag2()
g.asend(None).send(None) if False else None
try:
    g.asend(None).send(None)
except StopIteration as e:
    print(e.value)
try:
    g.aclose().send(None)
except Exception as e:
    print(type(e).__name__, e)
async def ag3():
    try:
        yield 1
    except GeneratorExit:
        print("GE")
        await sus()
        print("after sus")
g = ag3()
try:
    g.asend(None).send(None)
except StopIteration as e:
    print(e.value)
cl = g.aclose()
cl.send(None)
try:
    cl.send(None)
except Exception as e:
    print(type(e).__name__, e)
