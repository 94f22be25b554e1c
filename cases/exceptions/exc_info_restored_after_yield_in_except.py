# case: A generator suspended inside its `except` block does not leak that exception to the
#   caller: after next() returns, the caller's sys.exc_info() is its own (or empty).
# tags: exceptions
import sys

def suspended_in_handler():
    try:
        1 / 0
    except ZeroDivisionError:
        yield "inside handler"
        print("resumed, still handling:", sys.exc_info()[0].__name__)
    yield "handler done"

g = suspended_in_handler()
next(g)
sys.exc_info()
try:
    raise KeyError("caller")
except KeyError:
    print(next(g))
    print("caller:", sys.exc_info()[0].__name__)
