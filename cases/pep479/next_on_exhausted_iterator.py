# case: A bare next() on an exhausted iterator inside a generator lets StopIteration escape the
#   body, which becomes RuntimeError; next() with a default avoids it.
# tags: pep479 iterator
def pairs(items):
    it = iter(items)
    while True:
        first = next(it)
        second = next(it)
        yield first, second

def pairs_safe(items):
    it = iter(items)
    while True:
        first = next(it, None)
        if first is None:
            return
        yield first, next(it, "missing")

list(pairs([1, 2, 3, 4]))
list(pairs_safe([1, 2, 3]))
g = pairs([1, 2, 3])
next(g)
next(g)
next(g)
