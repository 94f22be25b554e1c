# case: `in` and any() stop pulling from a generator expression at the first hit, leaving it
#   suspended; what is left can still be read.
# tags: genexp iterator
def noisy(n):
    print("compute", n)
    return n * n

g = (noisy(n) for n in range(6))
9 in g
next(g)
any(v > 20 for v in g)
list(g)
