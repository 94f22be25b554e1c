# case: When a caught exception is released, its traceback releases the frames it passed
#   through from the innermost (where it was raised) outwards, and each frame its locals first
#   to last: suspended generators held in those locals are finalized in that order.
# tags: finalization exceptions
def guard(name):
    try:
        yield
    finally:
        print(name, "released")

def started(name):
    g = guard(name)
    next(g)
    return g

def inner():
    a = started("inner a")
    b = started("inner b")
    1 / 0

def middle():
    c = started("middle c")
    inner()

def outer():
    d = started("outer d")
    e = started("outer e")
    middle()

try:
    outer()
except ZeroDivisionError:
    print("caught")
print("after")
try:
    outer()
except ZeroDivisionError as exc:
    kept = exc
print("kept")
del kept
print("end")
