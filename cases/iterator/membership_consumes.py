# case: `in` on an iterator consumes it up to and including the match (or to the end);
#   a later `in` only searches what is left.
# tags: iterator generator
def nums():
    for i in range(6):
        print("give", i)
        yield i

g = nums()
2 in g
next(g)
2 in g
next(g)
it = iter([1, 2, 3])
3 in it
list(it)
