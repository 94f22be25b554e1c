# case: Flattening arbitrarily nested lists and tuples with a recursive generator; strings are
#   treated as atoms, and the depth of each atom can be reported as well.
# tags: patterns yield_from
def flatten(item):
    if isinstance(item, (list, tuple)):
        for sub in item:
            yield from flatten(sub)
    else:
        yield item

def with_depth(item, depth=0):
    if isinstance(item, (list, tuple)):
        for sub in item:
            yield from with_depth(sub, depth + 1)
    else:
        yield depth, item

nested = [1, [2, [3, [4, [5]]]], (6, "seven"), [], [[["eight"]]]]
list(flatten(nested))
list(with_depth(nested))
list(flatten(5))
max(d for d, _ in with_depth(nested))
