# case: A generator suspended in a yield from inside its finally is torn down at the end of the
#   case (found by the fuzzer): it ignores GeneratorExit (unraisable RuntimeError during `del`), and
#   the subgenerator it delegates to is only finalized by the cycle collector.
# tags: finalization yield_from
def outer():
    try:
        yield from first()
    finally:
        yield from second()
def second():
    try:
        yield
    finally:
        print("second finally")
def first():
    yield from range(1)
g = outer()
next(g, "default")
