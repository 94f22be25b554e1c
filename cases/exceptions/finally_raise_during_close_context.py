# case: An exception raised in a `finally` (or `except GeneratorExit`) while close() runs has the
#   GeneratorExit as __context__ and comes out of close().
# tags: exceptions close
def in_finally():
    try:
        yield 1
    finally:
        raise ValueError("cleanup")

def in_except():
    try:
        yield 1
    except GeneratorExit as ge:
        raise KeyError("exit handler") from ge

g = in_finally()
next(g)
g.close()
h = in_except()
next(h)
try:
    h.close()
except KeyError as e:
    print(repr(e), "cause", repr(e.__cause__), "context", repr(e.__context__))
