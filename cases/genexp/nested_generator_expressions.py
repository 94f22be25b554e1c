# case: Generator expressions over generator expressions pull one item at a time through the
#   chain, so the stages interleave instead of running one after another.
# tags: genexp
def stage(name, x):
    print(name, x)
    return x

numbers = (stage("read", n) for n in range(3))
doubled = (stage("double", n * 2) for n in numbers)
labelled = (stage("label", "#%d" % n) for n in doubled)
next(labelled)
list(labelled)
matrix = [[1, 2], [3, 4]]
list(sum(v for v in row) for row in matrix)
list((a, b) for a in (x for x in "ab") for b in (y for y in "12"))
