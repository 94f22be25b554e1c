# case: inspect.getcoroutinestate and getgeneratorstate given the wrong kind of object; iscoroutine and isgenerator on each kind.
# tags: coroutine introspection errors
import inspect
import types

async def coro():
    pass

def gen():
    yield

@types.coroutine
def gencoro():
    yield

c = coro()
g = gen()
gc_ = gencoro()
for fn in [inspect.getcoroutinestate, inspect.getgeneratorstate]:
    for obj in [c, g, gc_, 5]:
        try:
            print(fn.__name__, type(obj).__name__, fn(obj))
        except Exception as e:
            print(fn.__name__, type(obj).__name__, type(e).__name__, e)
for pred in [inspect.iscoroutine, inspect.isgenerator, inspect.isawaitable]:
    print(pred.__name__, [pred(o) for o in (c, g, gc_)])
c.close()
