# case: A thrown exception translated into another one inside the generator: the caller gets
#   the new exception, whose __context__ (or __cause__ with `from`) is the thrown one.
# tags: throw exceptions
class AppError(Exception):
    pass

def translate(use_from):
    try:
        yield
    except KeyError as e:
        if use_from:
            raise AppError("wrapped") from e
        raise AppError("replaced")

g = translate(False)
next(g)
g.throw(KeyError("k1"))
h = translate(True)
next(h)
h.throw(KeyError("k2"))
try:
    h2 = translate(True)
    next(h2)
    h2.throw(KeyError("k3"))
except AppError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
