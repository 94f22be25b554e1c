# case: A recursive generator of permutations: each level suspends inside the next, and
#   stopping early leaves the whole chain suspended.
# tags: generator
def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            yield [items[i]] + p

list(perms([1, 2, 3]))
len(list(perms("abcd")))
p = perms("xyz")
next(p)
next(p)
list(perms([]))
