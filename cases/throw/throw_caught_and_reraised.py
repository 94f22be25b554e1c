# case: A thrown exception caught, logged and re-raised with a bare raise propagates to the
#   caller unchanged (same object) and ends the generator.
# tags: throw exceptions
def logger():
    try:
        yield "a"
        yield "b"
    except ValueError as e:
        print("log:", repr(e))
        raise

exc = ValueError("original")
g = logger()
next(g)
try:
    g.throw(exc)
except ValueError as e:
    print("caller got the same object:", e is exc)
next(g)
