# case: Dropping the outermost generator of a yield-from chain finalizes the chain from the
#   innermost generator outwards.
# tags: finalization yield_from
def inner():
    try:
        yield "leaf"
    finally:
        print("inner finally")

def middle():
    try:
        yield from inner()
    finally:
        print("middle finally")

def outer():
    try:
        yield from middle()
    finally:
        print("outer finally")

g = outer()
next(g)
del g
print("chain gone")
kept = outer()
next(kept)
