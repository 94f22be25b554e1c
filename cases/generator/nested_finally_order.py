# case: Nested try/finally blocks around yields unwind innermost first, on normal exhaustion
#   and when an exception leaves the generator.
# tags: generator
def nested(fail):
    try:
        try:
            yield "inner"
            if fail:
                raise KeyError("boom")
        finally:
            print("inner finally")
        yield "outer"
    finally:
        print("outer finally")

list(nested(False))
g = nested(True)
next(g)
next(g)
next(g)
