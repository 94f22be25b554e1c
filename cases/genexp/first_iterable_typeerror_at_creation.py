# case: A first iterable that is not iterable raises TypeError when the generator expression
#   is created, before any next(); the same mistake in a later for clause waits for next().
# tags: genexp errors
g = (x for x in 5)
g = (x for x in None)
print("no genexp was bound")
h = (y for x in [1, 2] for y in 7)
print("created with a bad inner iterable")
next(h)
next(h)
class NotIterable:
    pass
(x for x in NotIterable())
