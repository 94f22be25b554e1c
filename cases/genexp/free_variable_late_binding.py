# case: Names used in the element expression or a condition (other than the first iterable)
#   are looked up when each item is produced, not when the generator expression is created.
# tags: genexp
scale = 10
g = (n * scale for n in range(4))
next(g)
scale = 100
next(g)
limit = 1
h = (n for n in range(10) if n < limit)
limit = 3
list(h)
del scale
next(g)
