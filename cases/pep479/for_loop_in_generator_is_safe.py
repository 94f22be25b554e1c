# case: A for loop inside a generator consumes StopIteration from the iterator it loops over:
#   nothing is converted, and for/else runs its else clause.
# tags: pep479 iterator
def evens(items):
    for x in items:
        if x % 2 == 0:
            yield x
    else:
        print("loop ended normally")
    return "finished"

list(evens([1, 2, 3, 4]))
g = evens(iter([6]))
next(g)
next(g)
