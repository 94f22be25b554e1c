# case: If the subgenerator ignores GeneratorExit (yields again), its RuntimeError is thrown
#   into the delegator at the `yield from`; unwinding drops the still-suspended subgenerator
#   (which ignores GeneratorExit once more: unraisable) and close() raises the RuntimeError.
# tags: yield_from close
def stubborn():
    while True:
        try:
            yield "stubborn"
        except GeneratorExit:
            print("stubborn ignores GeneratorExit")

def delegator():
    try:
        yield from stubborn()
    finally:
        print("delegator finally")

g = delegator()
next(g)
g.close()
g.gi_frame is None
next(g)
