# case: `raise StopIteration` in a generator body becomes RuntimeError("generator raised
#   StopIteration") with the StopIteration as __cause__ and __context__, context suppressed
#   (on 3.6 the generator just ended).
# tags: pep479 versions
def early():
    yield 1
    raise StopIteration
    yield 2

g = early()
next(g)
next(g)
next(g)
list(early())
