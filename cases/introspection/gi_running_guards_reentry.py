# case: Checking gi_running before resuming a generator avoids the re-entrancy error: a generator
#   that asks a helper for the next value of itself gets the default instead of ValueError.
# tags: introspection reentrancy
def safe_next(gen, default):
    if gen.gi_running:
        return default
    return next(gen, default)

def selfish():
    for i in range(2):
        yield i, safe_next(me, "busy"), safe_next(other, "other done")

def unguarded():
    yield next(me)

other = (c for c in "x")
me = selfish()
next(me)
next(me)
next(me, "me finished")
me = unguarded()
next(me)
