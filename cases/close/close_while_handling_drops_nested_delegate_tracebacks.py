# case: close() on a generator in an `except` block, delegating to mid() and on to sub(), whose
#   finally raises ValueError. On CPython 3.9/3.10 chaining it to the handled KeyError drops mid's
#   and sub's traceback entries, so mid's frame and the guard it holds are released at once; 3.11
#   keeps sub's entry (stored by the cleanup handler of sub's finally) but still drops mid's;
#   3.8 and 3.12+ keep both until the caught exception is deleted.
# tags: close yield_from finalization exceptions versions
def guard(name):
    try:
        yield
    finally:
        print(name, "released")

def sub():
    try:
        yield 1
    finally:
        raise ValueError

def mid():
    g = guard("mid's guard")
    next(g)
    yield from sub()

def outer():
    try:
        raise KeyError("k")
    except KeyError:
        yield from mid()

def lines(tb):
    return [] if tb is None else [tb.tb_lineno] + lines(tb.tb_next)

o = outer()
next(o)
try:
    o.close()
except ValueError as e:
    print("caught", type(e.__context__).__name__, lines(e.__traceback__))
