# case: dict keys and set elements with a user __hash__ and __eq__: hash() reduces and checks
#   the result, and lookups call __eq__ on the keys of equal hash already there (identity
#   first), so equal keys collide, the first key object stays, and a lookup by a str finds a
#   key whose __eq__ accepts it. Keys are produced by a generator.
# tags: python
class Name:
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        print("hash", self.s)
        return hash(self.s)

    def __eq__(self, other):
        print("eq", self.s, other if isinstance(other, str) else other.s)
        if isinstance(other, Name):
            return self.s == other.s
        if isinstance(other, str):
            return self.s == other
        return NotImplemented

    def __repr__(self):
        return f"Name({self.s!r})"


class Bucket:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 2

    def __eq__(self, other):
        print("bucket eq", self.v, other.v)
        return self.v == other.v

    def __repr__(self):
        return f"B{self.v}"


def names():
    for s in ["a", "b", "a", "c"]:
        print("yield", s)
        yield Name(s)


d = {}
for n in names():
    d[n] = d.get(n, 0) + 1
print(d)
first = list(d)[0]
print(first is next(iter(d)), d[Name("c")], "a" in d, d.get("b"), d.pop("c"), d)
s = set(names())
print(len(s), sorted(x.s for x in s))
b = {Bucket(1): "one", Bucket(3): "three", Bucket(2): "two"}
print(b[Bucket(3)], Bucket(5) in b, b.setdefault(Bucket(1), "x"))
del b[Bucket(2)]
print(b, {(Bucket(1), 2): "t"}[(Bucket(1), 2)])
fs = frozenset([Bucket(2), Bucket(4), Bucket(2)])
print(len(fs), Bucket(4) in fs)
print({Bucket(1): 1, Bucket(1): 2})


class Big:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


for h in [0, -1, 2 ** 62, 2 ** 64 + 5, -(2 ** 70), True]:
    print(h if not isinstance(h, bool) else "True", hash(Big(h)))


class Bad:
    def __hash__(self):
        return "nope"


class NoHash:
    def __eq__(self, other):
        return True


class Inherits(Name):
    pass


for obj in (Bad(), NoHash(), [1], {1: 2}, (1, [2])):
    try:
        hash(obj)
    except TypeError as e:
        print(type(obj).__name__, e)
print(hash(Inherits("z")) == hash("z"), hash((Big(7), 1)) == hash((7, 1)))
