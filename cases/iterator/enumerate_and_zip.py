# case: enumerate and zip are lazy iterators; zip stops at the shortest input, having already
#   taken one item from the inputs before it — that item is lost to later readers.
# tags: iterator
list(enumerate("ab"))
list(enumerate("ab", start=5))
e = enumerate(["x", "y"])
iter(e) is e
next(e)
type(e).__name__
list(zip([1, 2, 3], "ab"))
long = iter([1, 2, 3, 4])
short = iter("ab")
list(zip(long, short))
next(long)
z = zip()
list(z)
pairs = iter(range(6))
list(zip(pairs, pairs))
type(zip()).__name__
