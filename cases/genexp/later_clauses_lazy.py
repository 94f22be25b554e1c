# case: Later for clauses are evaluated lazily, once per item of the clause before them, each
#   time the generator reaches them.
# tags: genexp
def inner(x):
    print("inner iterable for", x)
    return range(x)

def outer():
    print("outer iterable")
    return [1, 2, 3]

g = ((x, y) for x in outer() for y in inner(x))
print("created")
next(g)
next(g)
next(g)
list(g)
