# case: RustPython: a generator's failed next() on itself marks it closed
# tags: generator reentrancy exceptions
import inspect
def g():
    try:
        next(s)
    except ValueError as e:
        print("caught", e)
    x = yield 1
    print("resumed with", x)
    yield 2
s = g()
next(s)
inspect.getgeneratorstate(s)
s.send("v")
