# case: An exception from a generator leaves the for loop that drives it, after the values
#   before it were processed; the else block is skipped and the generator is finished.
# tags: generator iterator
def parse(items):
    for s in items:
        yield int(s)

out = []
try:
    for n in parse(["1", "2", "x", "4"]):
        out.append(n)
    else:
        print("else")
except ValueError as e:
    print("caught", e)
out
g = parse(["5", "y", "6"])
next(g)
next(g)
next(g)
