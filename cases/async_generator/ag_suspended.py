# case: ag_suspended (3.12+) and inspect.getasyncgenstate (3.12+) through an async generator's
#   life; before 3.12 neither exists.
# tags: async_generator introspection versions
import inspect

async def gen():
    yield 1

def state(g):
    return getattr(g, "ag_suspended", "-"), getattr(inspect, "getasyncgenstate", lambda g: "-")(g)

g = gen()
state(g)
g.__anext__().send(None)
state(g)
g.aclose().send(None)
state(g)
g.ag_suspended
inspect.getasyncgenstate(g)
