# case: A generator driving another with explicit next() sees that generator's RuntimeError, not
#   a StopIteration; when the inner one ends normally, the outer's bare next() is converted.
# tags: pep479 generator
def inner_bad():
    yield 1
    raise StopIteration

def inner_good():
    yield 1

def outer(inner):
    it = inner()
    yield next(it)
    yield next(it)

g = outer(inner_bad)
next(g)
next(g)
h = outer(inner_good)
next(h)
try:
    next(h)
except RuntimeError as e:
    print("cause:", repr(e.__cause__), "cause value:", e.__cause__.value)
