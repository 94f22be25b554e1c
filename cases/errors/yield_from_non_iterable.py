# case: `yield from 5` compiles, and fails only when the generator runs: TypeError "'int'
#   object is not iterable" at the first next(), which ends the generator.
# tags: errors yield_from
def bad():
    print("before yield from")
    yield from 5
    print("never")

g = bad()
print("created fine")
next(g)
next(g)
def bad_none():
    yield "ok"
    yield from None

list(bad_none())
