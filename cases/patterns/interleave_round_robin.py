# case: Interleaving several iterables round-robin until all are exhausted, and a hand-written
#   zip_longest with a fill value, both over generators of unequal length.
# tags: patterns iterator
def interleave(*iterables):
    iterators = [iter(it) for it in iterables]
    while iterators:
        alive = []
        for it in iterators:
            try:
                value = next(it)
            except StopIteration:
                continue
            alive.append(it)
            yield value
        iterators = alive

def zip_longest(*iterables, fill=None):
    iterators = [iter(it) for it in iterables]
    while True:
        row = []
        live = 0
        for it in iterators:
            try:
                row.append(next(it))
                live += 1
            except StopIteration:
                row.append(fill)
        if live == 0:
            return
        yield tuple(row)

list(interleave("abc", [1, 2], range(10, 14)))
list(interleave())
list(zip_longest("ab", range(3), fill="-"))
list(zip_longest())
