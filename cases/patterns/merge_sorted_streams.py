# case: Merging several sorted generators into one sorted stream by repeatedly taking the smallest
#   head; each source is advanced only when its head is used.
# tags: patterns
def source(name, values):
    for v in values:
        print("  ", name, "gives", v)
        yield v

def merge(*streams):
    heads = []
    for index, s in enumerate(streams):
        for first in s:
            heads.append([first, index, s])
            break
    while heads:
        heads.sort(key=lambda h: (h[0], h[1]))
        smallest = heads[0]
        yield smallest[0]
        for value in smallest[2]:
            smallest[0] = value
            break
        else:
            heads.pop(0)

list(merge(source("a", [1, 4, 9]), source("b", [2, 3, 10]), source("c", [])))
m = merge(source("x", [5, 6]), source("y", [1]))
next(m)
next(m)
