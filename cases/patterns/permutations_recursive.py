# case: Permutations generated recursively with yield from, lazily: only as many are computed as
#   are taken.
# tags: patterns yield_from
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for perm in permutations(rest):
            yield [items[i]] + perm

list(permutations([1, 2, 3]))
["".join(p) for p in permutations("abc")]
len(list(permutations(list(range(5)))))
lazy = permutations(list(range(10)))
next(lazy)
next(lazy)
list(permutations([]))
