# case: throw() into a generator in an `except` block that delegates to sub(); sub catches the
#   ValueError and re-raises it (bare raise) or raises a TypeError from its except body. The
#   re-raise keeps sub's traceback entry everywhere (stored when sub caught it); the TypeError
#   loses it on CPython 3.9/3.10 (chaining it to the handled KeyError drops the pending traceback)
#   and sub's guard is released before the caller sees it; 3.11 (cleanup handler of sub's except
#   body), 3.8 and 3.12+ keep it until the caught exception is deleted.
# tags: throw yield_from finalization exceptions versions
def guard(name):
    try:
        yield
    finally:
        print(name, "released")

def sub(how):
    g = guard(how + ": sub's guard")
    next(g)
    try:
        yield 1
    except ValueError:
        if how == "reraise":
            raise
        raise TypeError

def outer(how):
    try:
        raise KeyError("k")
    except KeyError:
        yield from sub(how)

def lines(tb):
    return [] if tb is None else [tb.tb_lineno] + lines(tb.tb_next)

for how in ["reraise", "raise new"]:
    o = outer(how)
    next(o)
    try:
        o.throw(ValueError)
    except Exception as e:
        print(how, "caught", type(e).__name__, type(e.__context__).__name__, lines(e.__traceback__))
