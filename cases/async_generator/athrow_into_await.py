# case: athrow() while the async generator is suspended in an await (through a fresh athrow awaitable after the asend is dropped): the exception reaches the innermost generator.
# tags: async_generator throw
import types

@types.coroutine
def sleep():
    try:
        yield "sleeping"
    except KeyError as e:
        print("sleep caught", repr(e))
        yield "sleep handled"

async def agen():
    await sleep()
    yield "agen yield"

g = agen()
a = g.__anext__()
a.send(None)
a.throw(KeyError("thrown into asend"))
a.send(None)
g2 = agen()
a2 = g2.__anext__()
a2.send(None)
del a2
g2.ag_running
t = g2.athrow(KeyError("via athrow"))
t.send(None)
