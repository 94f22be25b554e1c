# case: reversed() of a dict and of its views (3.8+) is a live dict_reverse*iterator: a size
#   change during iteration is a RuntimeError (and stays one), a changed value is seen,
#   __length_hint__ counts what is left (0 after a size change); an exhausted dict iterator
#   no longer sees its dict.
# tags: python iterator
def backwards(d):
    for k in reversed(d):
        yield k


d = {"a": 1, "b": 2, "c": 3}
g = backwards(d)
print(next(g))
d["z"] = 9
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)

r = reversed(d)
print(type(r).__name__, r.__length_hint__())
print(next(r), r.__length_hint__())
print(list(r), r.__length_hint__())
print(type(reversed(d.values())).__name__, list(reversed(d.values())))
print(type(reversed(d.items())).__name__, list(reversed(d.items())))

r = reversed(d.values())
print(next(r))
d["b"] = 200
print(list(r))

r = reversed(d)
next(r)
del d["a"]
print(r.__length_hint__())
for _ in range(2):
    try:
        next(r)
    except RuntimeError as e:
        print("RuntimeError:", e)

it = iter(d)
print(it.__length_hint__())
next(it)
print(it.__length_hint__())
print(list(it), it.__length_hint__())
d["late"] = 0
print(next(it, "exhausted"))

r = reversed({})
print(list(r), r.__length_hint__())


def pairs():
    yield from reversed({1: "one", 2: "two"}.items())


print(list(pairs()))
print(sorted(reversed({3: 0, 1: 0, 2: 0})))
print(dict(zip(reversed({"x": 1, "y": 2}), "pq")))
