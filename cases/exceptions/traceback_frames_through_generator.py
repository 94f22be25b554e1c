# case: An exception thrown into a generator and re-raised `from` it carries a traceback
#   through the caller's frame and the generator's (tb_frame.f_code.co_name, tb_lineno);
#   a bare `raise` after a yield in an except block re-raises the caught exception; an
#   exception from `finally` during close() has the GeneratorExit as its context.
# tags: exceptions, generator, close
def gen():
    try:
        yield 1
    except KeyError as e:
        raise ValueError("wrapped") from e
    finally:
        print("finally")

g = gen()
next(g)
try:
    g.throw(KeyError("k"))
except ValueError as e:
    print(type(e).__name__, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
    print(n)

def g2():
    try:
        raise KeyError("inner")
    except KeyError:
        yield "in except"
        raise

h = g2()
next(h)
try:
    next(h)
except KeyError as e:
    print("reraised", repr(e), e.__context__)

def g3():
    try:
        yield
    finally:
        raise RuntimeError("from finally")

k = g3()
next(k)
try:
    k.close()
except RuntimeError as e:
    print(repr(e), type(e.__context__).__name__)
