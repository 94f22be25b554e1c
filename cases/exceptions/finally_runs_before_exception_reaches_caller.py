# case: An exception raised or thrown into a generator runs its `finally` blocks, innermost
#   first, before the caller's handler sees it.
# tags: exceptions throw
def nested():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")

g = nested()
next(g)
try:
    g.throw(IndexError("thrown"))
except IndexError as e:
    print("caller handles", repr(e))
