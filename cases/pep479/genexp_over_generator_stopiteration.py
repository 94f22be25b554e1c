# case: A RuntimeError from a generator under a generator expression passes through the
#   expression unchanged (a RuntimeError is not converted again).
# tags: pep479 genexp
def broken():
    yield 1
    yield 2
    raise StopIteration

doubled = (x * 2 for x in broken())
next(doubled)
next(doubled)
next(doubled)
next(doubled)
sum(x for x in broken())
