# case: Finalizing a suspended yield-from chain whose subgenerator swallows GeneratorExit in a
#   `with` and then yields inside try/finally (found by the fuzzer): the subgenerator, dropped
#   with the delegator's frame, runs its finally before the delegator's RuntimeError is reported
#   as unraisable.
# tags: finalization yield_from close
class CM:
    def __enter__(self):
        pass
    def __exit__(self, typ, val, tb):
        return True
def outer():
    yield from inner()
def inner():
    with CM():
        yield "in with"
    try:
        yield from range(1)
    finally:
        print("inner finally")
g = outer()
next(g)
