# case: throw(Type, value, tb) with a real traceback object taken from a caught exception is
#   accepted; the exception's traceback starts at the generator's frame and continues with
#   the given one (deprecated form on 3.12+).
# tags: throw versions
import sys

def gen():
    try:
        yield
    except ValueError as e:
        t = e.__traceback__
        print("caught", repr(e))
        print("first entry in generator:", t.tb_frame.f_code.co_name)
        print("then the given traceback:", t.tb_next is given)
        yield "handled"

def fail():
    raise ValueError("original")

try:
    fail()
except ValueError:
    given = sys.exc_info()[2]

type(given).__name__
g = gen()
next(g)
g.throw(ValueError, ValueError("with tb"), given)
