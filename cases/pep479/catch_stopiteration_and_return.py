# case: The PEP 479 way to stop at the end of an inner iterator: catch StopIteration around
#   next() and `return`; the generator ends normally, with a return value if wanted.
# tags: pep479 generator
def zip_pairs(left, right):
    a, b = iter(left), iter(right)
    count = 0
    while True:
        try:
            x = next(a)
            y = next(b)
        except StopIteration:
            return count
        count += 1
        yield x, y

list(zip_pairs("abc", [1, 2]))
g = zip_pairs([1], [2, 3])
next(g)
next(g)
