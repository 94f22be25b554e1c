# case: the copy module around generators: shallow and deep copies of lists, dicts, tuples,
#   sets and plain instances holding generated data (the memo keeping shared and cyclic
#   references), __copy__/__deepcopy__ hooks, and the TypeError of copying a generator or a
#   coroutine (directly or inside a list being deep-copied).
# tags: python generator coroutine errors
import copy


def gen(n):
    for i in range(n):
        yield [i]


data = list(gen(3))
shallow = copy.copy(data)
deep = copy.deepcopy(data)
shallow[0] is data[0], deep[0] is data[0], deep == data
nested = {"a": data, "b": data, "t": (1, 2), "tl": (1, data[0])}
dn = copy.deepcopy(nested)
dn["a"] is dn["b"], dn["t"] is nested["t"], dn["tl"] is nested["tl"], dn["tl"][1] is dn["a"][0]
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
cc[1] is cc, cc is not cyc
s = {1, 2, frozenset({3})}
copy.copy(s) == s, copy.deepcopy(s) == s, copy.copy(frozenset(s)) is not None


class Box:
    def __init__(self, items):
        self.items = items
        self.gen_count = 0


b = Box(list(gen(2)))
b2 = copy.copy(b)
b3 = copy.deepcopy(b)
type(b2).__name__, b2.items is b.items, b3.items is b.items, b3.items == b.items, vars(b3)


class Hooked:
    def __init__(self, n):
        self.n = n

    def __copy__(self):
        print("copy hook", self.n)
        return Hooked(self.n + 1)

    def __deepcopy__(self, memo):
        print("deepcopy hook", self.n, type(memo).__name__)
        return Hooked(self.n + 10)


copy.copy(Hooked(1)).n, copy.deepcopy(Hooked(1)).n, copy.deepcopy([Hooked(2)])[0].n
g = gen(2)
next(g)
for f in (copy.copy, copy.deepcopy):
    try:
        f(g)
    except TypeError as e:
        print(f.__name__, e)
copy.copy([g])[0] is g
try:
    copy.deepcopy({"g": g})
except TypeError as e:
    print(e)
next(g)


async def co():
    return 1


c = co()
try:
    copy.copy(c)
except TypeError as e:
    print(e)
c.close()
copy.copy(len) is len, copy.deepcopy(gen) is gen, copy.deepcopy(Box) is Box
copy.Error is copy.error, issubclass(copy.Error, Exception)
