# case: A bare `raise` in a generator outside any handler of its own re-raises the exception the
#   caller is handling (the generator runs on the caller's exception state); with none,
#   RuntimeError("No active exception to reraise").
# tags: exceptions generator
def bare():
    yield "ready"
    raise

g = bare()
next(g)
try:
    raise KeyError("caller's")
except KeyError:
    try:
        next(g)
    except KeyError as e:
        print("re-raised", repr(e))
h = bare()
next(h)
next(h)
