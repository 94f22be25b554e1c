# case: A generator expression can be consumed once: a second list() of the same object is
#   empty, and a for loop after list() does nothing.
# tags: genexp
g = (n * 2 for n in range(3))
list(g)
list(g)
for v in g:
    print("never", v)
h = (c for c in "xy")
next(h)
list(h)
list(h)
next(h, "done")
