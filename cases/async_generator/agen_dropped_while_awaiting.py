# case: An async generator dropped while its asend awaitable is suspended inside an await: dropping the awaitable first leaves it suspended, then dropping it closes it.
# tags: async_generator finalization
import types

@types.coroutine
def sleep():
    try:
        yield "sleep"
    finally:
        print("sleep finally")

async def agen():
    try:
        await sleep()
        yield 1
    finally:
        print("agen finally")

g = agen()
a = g.asend(None)
a.send(None)
del a
print("asend dropped")
g.ag_running
del g
print("agen dropped")
