# case: An exception from the element expression leaves the generator expression through
#   next() and finishes it: the source items after it are never produced.
# tags: genexp
src = iter([2, 1, 0, 4])
g = (8 // x for x in src)
next(g)
next(g)
next(g)
next(g)
list(src)
list(10 // x for x in [5, 0])
