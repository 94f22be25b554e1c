# case: sys.exc_info() inside a generator resumed from an `except` block shows the caller's
#   exception; inside its own handler its own, and back at the caller the caller's again.
# tags: exceptions
import sys

def reporter():
    while True:
        print("generator sees", repr(sys.exc_info()[1]))
        try:
            raise KeyError("own")
        except KeyError:
            print("in own handler", repr(sys.exc_info()[1]))
            yield
            print("after yield in handler", repr(sys.exc_info()[1]))
        yield

g = reporter()
next(g)
next(g)
try:
    raise ValueError("caller")
except ValueError:
    next(g)
    print("caller sees", repr(sys.exc_info()[1]))
    next(g)
    print("caller sees", repr(sys.exc_info()[1]))
sys.exc_info()
