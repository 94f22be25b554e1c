# case: The loop variable of a generator expression is local to it: an outer variable of the
#   same name is neither read nor changed, and the name does not appear afterwards.
# tags: genexp
x = "outer"
g = (x * 2 for x in range(3))
list(g)
x
total = sum(i for i in range(4))
i
def f():
    y = "f's y"
    gen = (y for y in "ab")
    return list(gen), y
f()
