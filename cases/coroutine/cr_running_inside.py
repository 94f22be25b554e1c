# case: cr_running seen from inside the coroutine, from a coroutine it awaits, and from outside; inspect.getcoroutinestate at each point.
# tags: coroutine introspection
import inspect
import types

holder = {}

@types.coroutine
def pause():
    yield "paused"

async def inner():
    outer = holder["outer"]
    print("inner: outer running", outer.cr_running, inspect.getcoroutinestate(outer))
    await pause()
    return 1

async def outer():
    me = holder["outer"]
    print("outer: running", me.cr_running, inspect.getcoroutinestate(me))
    return await inner()

o = outer()
holder["outer"] = o
inspect.getcoroutinestate(o)
o.send(None)
o.cr_running
inspect.getcoroutinestate(o)
o.send(None)
inspect.getcoroutinestate(o)
