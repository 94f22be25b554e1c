# case: A generator expression created inside a generator function reads that generator's
#   locals when it is advanced, so a local changed across a yield of the outer generator shows.
# tags: genexp generator
def outer():
    offset = 0
    inner = (n + offset for n in range(10))
    yield next(inner)
    offset = 100
    yield next(inner)
    offset = 1000
    yield list(inner)[:2]

list(outer())
o = outer()
next(o)
next(o)
