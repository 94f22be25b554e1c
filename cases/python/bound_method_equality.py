# case: Bound methods compare equal when bound to the same object with the same function (each
#   attribute access makes a new method object), and hash alike; used by list.remove and dicts.
# tags: python introspection
class R:
    def m(self):
        return 1
    def n(self):
        return 2

r, s = R(), R()
print(r.m == r.m, r.m != r.m, r.m is r.m)
print(r.m == s.m, r.m == r.n, R.m == R.m)
print(hash(r.m) == hash(r.m))
lst = [r.m, s.m, r.n]
lst.remove(r.m)
print(len(lst), lst[0] == s.m)
d = {r.m: "rm"}
print(d[r.m], r.m in d, s.m in d)
print(r.m in [r.n, r.m], {r.m, r.m, s.m} == {s.m, r.m})
