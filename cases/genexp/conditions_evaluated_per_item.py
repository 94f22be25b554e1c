# case: if clauses run per item when the generator is advanced; several ifs all have to hold,
#   and an error in a condition surfaces at the next() that reaches it.
# tags: genexp
def check(x):
    print("check", x)
    return x % 2 == 0

g = (x for x in range(5) if check(x))
print("created")
next(g)
next(g)
list(x for x in range(20) if x % 2 if x % 3 == 0)
bad = (x for x in [4, 2, 0, 1] if 8 // x > 1)
next(bad)
next(bad)
next(bad)
next(bad)
