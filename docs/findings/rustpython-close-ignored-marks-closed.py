# case: RustPython: a generator that ignored close() is marked closed
# tags: generator close finalization
import inspect
def g():
    try:
        yield 1
    finally:
        x = yield 2
        print("resumed with", x)
s = g()
next(s)
s.close()
inspect.getgeneratorstate(s)
s.send("v")
