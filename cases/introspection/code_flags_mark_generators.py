# case: A function is a generator function because its code has the CO_GENERATOR flag, set by a
#   yield anywhere in the body, even one that never runs; functions merely returning
#   generators lack it.
# tags: introspection
import inspect

def never_yields():
    if False:
        yield
    return "result"

def returns_generator():
    return (x for x in [])

(never_yields.__code__.co_flags & inspect.CO_GENERATOR) != 0
(returns_generator.__code__.co_flags & inspect.CO_GENERATOR) != 0
g = never_yields()
g
next(g)
