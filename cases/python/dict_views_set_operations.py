# case: dict_keys and dict_items are set-like: &, |, -, ^ with sets, other views and any
#   iterable give sets, and they compare with sets (==, <, <=, >, >=) by their elements;
#   dict_values is not set-like.
# tags: python generator
def pairs():
    yield "a", 1
    yield "b", 2
    yield "c", 3


d = dict(pairs())
e = {"b": 2, "z": 26}
sorted(d.keys() & e.keys()), sorted(d.keys() | e), sorted(d.keys() - {"a"}), sorted(d.keys() ^ e.keys())
sorted(d.items() & e.items()), sorted(d.keys() & (k for k in "abx"))
sorted(["c", "q"] & d.keys()), sorted({"a", "q"} | d.keys())
d.keys() == {"a", "b", "c"}, {"a", "b", "c"} == d.keys(), d.keys() != {"a"}
d.keys() <= {"a", "b", "c", "d"}, d.keys() < {"a", "b", "c"}, d.keys() >= {"a"}, d.keys() > e.keys()
d.items() <= {("a", 1), ("b", 2), ("c", 3)}, d.items() == set(pairs())
try:
    d.values() & {1}
except TypeError as e:
    print(e)
try:
    d.keys() & 5
except TypeError as e:
    print(e)
