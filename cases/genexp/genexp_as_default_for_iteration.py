# case: Generator expressions feed for loops, unpacking and star-arguments like any iterator;
#   the generator is consumed by each of those once.
# tags: genexp
for a, b in ((n, n * n) for n in range(3)):
    print(a, b)
x, y, z = (c for c in "abc")
(x, y, z)
def three(p, q, r):
    return p + q + r
three(*(n for n in [1, 2, 3]))
print(*(w.title() for w in ["one", "two"]))
first, *others = (i for i in range(4))
(first, others)
