# case: subclasses of list, dict, tuple and set: the built-in methods and operators act on
#   the built-in part, super() and unbound calls reach them, overridden methods are used where
#   CPython uses them, __missing__, tuple.__new__, type() with three arguments.
# tags: python generator iterator
class Log(list):
    def append(self, x):
        super().append(("logged", x))


def events():
    for i in range(3):
        yield i


log = Log(events())
log
log.append(5)
log
len(log), log[0], log[-1], log[1:], type(log[1:])
isinstance(log, list), type(log).__name__
log + [1]
log += [9]
log, type(log).__name__
list(reversed(log))
sorted(Log([3, 1, 2]))
Log([1]) == [1], [1] == Log([1])
bool(Log()), bool(Log([0]))
3 in Log([3])


class Registry(dict):
    def __missing__(self, key):
        value = self[key] = [key] * 2
        return value


r = Registry(a=1)
r["b"]
r
r.get("zz"), "zz" in r
list(r.items()), len(r)
dict(r), {**r}
r.keys()
isinstance(r, dict)


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]


p = Pair(1, 2)
p, p.first, p[1], len(p)
x, y = p
x, y
hash(p) == hash((1, 2))
{p: "found"}[(1, 2)]
"%s-%s" % p
p == (1, 2), p + (3,)
tuple.__new__(Pair, [7, 8])


class Tags(set):
    pass


t = Tags("abca")
sorted(t), len(t), "a" in t
t.add("z")
sorted(t)
hash(Log())
hash(Pair(1, 2)) == hash((1, 2))
Point = type("Point", (tuple,), {"__slots__": (), "x": property(lambda self: self[0])})
q = Point([4, 5])
q, q.x, type(q)
q.z = 1


class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)


u = Upper()
u["a"] = 1
u
u.update(b=2)
u
dict.__setitem__(u, "c", 3)
u
list.append(log, 100)
log[-1]
