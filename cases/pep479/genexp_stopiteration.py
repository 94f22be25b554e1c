# case: A generator expression whose element expression raises StopIteration raises
#   RuntimeError too: list() sees the RuntimeError, not an early end. A list comprehension is
#   no generator, so there the StopIteration itself comes out.
# tags: pep479 genexp
def stop_at(limit):
    def check(x):
        if x >= limit:
            raise StopIteration("limit")
        return x
    return check

check = stop_at(2)
list(check(x) for x in range(5))
g = (check(x) for x in range(5))
next(g)
next(g)
next(g)
next(g)
[check(x) for x in range(5)]
