# case: Combinations and the power set by recursion over generators.
# tags: patterns yield_from
def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items) - k + 1):
        for tail in combinations(items[i + 1:], k - 1):
            yield (items[i],) + tail

def powerset(items):
    for k in range(len(items) + 1):
        yield from combinations(items, k)

list(combinations("abcd", 2))
list(combinations([1, 2, 3], 3))
list(combinations([1, 2], 3))
list(powerset([1, 2, 3]))
sum(1 for _ in powerset(list(range(6))))
