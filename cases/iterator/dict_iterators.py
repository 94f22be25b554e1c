# case: dict iteration in insertion order over keys, values and items, their iterator types,
#   and the RuntimeError when the dict changes size while an iterator walks it.
# tags: iterator
d = {"b": 2, "a": 1, "c": 3}
list(d)
list(d.values())
list(d.items())
type(iter(d)).__name__
type(iter(d.values())).__name__
type(iter(d.items())).__name__
it = iter(d)
next(it)
d["z"] = 26
next(it)
d2 = {1: "x", 2: "y"}
for k in d2:
    print("key", k)
    d2[k + 10] = "new"
d2
d3 = {1: "x"}
it3 = iter(d3)
d3[1] = "changed"
list(it3)
