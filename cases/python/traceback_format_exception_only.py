# case: traceback.format_exception_only for what generators raise: the exception's last line
#   (qualified name, module prefix for __main__ and builtins left out, str() of the value,
#   a failing __str__), chained exceptions, StopIteration and GeneratorExit.
# tags: python generator exceptions errors versions
import traceback
def gen():
    yield 1
    raise ValueError("bad value")
g = gen()
next(g)
try:
    next(g)
except ValueError as e:
    print(traceback.format_exception_only(type(e), e))
class MyErr(Exception):
    pass
try:
    raise MyErr()
except MyErr as e:
    traceback.format_exception_only(type(e), e)
try:
    raise KeyError("k") from MyErr("x")
except KeyError as e:
    traceback.format_exception_only(type(e), e)
traceback.format_exception_only(StopIteration, StopIteration(3))
traceback.format_exception_only(RuntimeError, RuntimeError("generator raised StopIteration"))
class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no")
traceback.format_exception_only(BadStr, BadStr())
traceback.format_exception_only(ValueError, None)
traceback.format_exception_only(GeneratorExit, GeneratorExit())
def outer():
    class Inner(Exception):
        pass
    return Inner
Inner = outer()
traceback.format_exception_only(Inner, Inner("q"))
