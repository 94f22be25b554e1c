# case: A subgenerator under `yield from` runs on the same exception state: it sees the caller's
#   exception, or the delegator's when the delegator's `yield from` is inside an except block.
# tags: exceptions yield_from
import sys

def sub():
    for step in range(2):
        print("sub sees", repr(sys.exc_info()[1]))
        yield step

def plain_delegator():
    yield from sub()

def handling_delegator():
    try:
        raise KeyError("delegator's")
    except KeyError:
        yield from sub()

p = plain_delegator()
next(p)
try:
    raise ValueError("caller's")
except ValueError:
    next(p)
h = handling_delegator()
next(h)
try:
    raise ValueError("caller's")
except ValueError:
    next(h)
