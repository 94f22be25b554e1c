# case: A generator suspended inside an except block: the handled exception is visible in the
#   generator when it resumes, and not in the caller between the two next() calls.
# tags: generator exceptions
import sys

def handler():
    try:
        raise KeyError("k")
    except KeyError:
        yield "in except"
        print("resumed, handling", repr(sys.exc_info()[1]))
    print("after except", sys.exc_info()[1])
    yield "done"

g = handler()
next(g)
sys.exc_info()[1]
next(g)
next(g)
