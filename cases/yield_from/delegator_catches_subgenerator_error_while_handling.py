# case: throw() into a generator whose finally runs for a KeyError and delegates to sub(); the
#   generator itself catches the ValueError that ends sub. On CPython 3.9-3.11 the traceback it
#   sees already lacks sub's entry (chaining the ValueError to the KeyError when the generator
#   resumes drops the pending traceback), so sub's frame and the guard it holds are released
#   before the handler runs; 3.8 and 3.12+ keep them until the handler ends. The KeyError then
#   goes on to the caller.
# tags: throw yield_from finalization exceptions versions
def guard(name):
    try:
        yield
    finally:
        print(name, "released")

def sub():
    g = guard("sub's guard")
    next(g)
    yield 1

def lines(tb):
    return [] if tb is None else [tb.tb_lineno] + lines(tb.tb_next)

def outer():
    try:
        raise KeyError("k")
    finally:
        try:
            yield from sub()
        except ValueError as e:
            print("outer caught", type(e.__context__).__name__, lines(e.__traceback__))
        print("outer's finally ends")

o = outer()
next(o)
o.throw(ValueError)
