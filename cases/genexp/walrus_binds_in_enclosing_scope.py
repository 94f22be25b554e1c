# case: An assignment expression in a generator expression binds the name in the enclosing
#   scope, as each item is produced (not at creation).
# tags: genexp
# python: >=3.8
last = "unset"
g = (last := x * 2 for x in range(3))
last
next(g)
last
list(g)
last
def f():
    found = None
    any((found := w).startswith("b") for w in ["apple", "banana", "cherry"])
    return found
f()
