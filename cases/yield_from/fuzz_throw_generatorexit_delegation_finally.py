# case: throw(GeneratorExit) into a delegating generator whose subgenerator yields in a finally
#   (found by the fuzzer): the subgenerator ignores it, the RuntimeError ends the delegator, and
#   the subgenerator, dropped with the delegator's frame, runs its innermost finally before the
#   RuntimeError reaches the caller.
# tags: throw close yield_from
def inner():
    try:
        yield from range(1)
    finally:
        try:
            yield "inner finally"
        finally:
            print("inner: innermost finally")
def outer():
    yield from inner()
g = outer()
next(g)
g.throw(GeneratorExit)
