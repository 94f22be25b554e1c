# case: The first iterable is fixed when the generator expression is created: rebinding its
#   name later has no effect, while mutating the same list object does.
# tags: genexp
data = [1, 2, 3]
g = (d for d in data)
data = ["rebound"]
list(g)
data = [1, 2, 3]
h = (d for d in data)
data.append(4)
list(h)
def make(seq):
    return (s.upper() for s in seq)
m = make("ab")
list(m)
