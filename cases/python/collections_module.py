# case: the collections module around generators: deque windows (maxlen, rotate, appendleft,
#   popleft, the mutated-during-iteration RuntimeError), defaultdict and Counter over generated
#   items, OrderedDict reordering, namedtuples of generator results, and their errors.
# tags: python patterns generator errors
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple


def window(it, n):
    buf = deque(maxlen=n)
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)


list(window(range(6), 3))
d = deque([1, 2, 3])
d.appendleft(0)
d.rotate(2)
d
d.rotate(-1)
d, d.popleft(), d.pop(), d
d.maxlen, deque(range(5), maxlen=2), deque("ab", 0)
for x in d:
    d.append(x)
d
deque().pop()
deque().popleft()
d[0], d[-1], 2 in d, len(d), d.index(2)
d[5]
d[1:2]
d.remove(99)
d.index(99)
deque([1]) + deque([2]), deque([1]) * 2, deque([1]) == deque([1]), deque([1]) == [1]
iter(deque())
hash(deque())


def groups(words):
    g = defaultdict(list)
    for w in words:
        g[len(w)].append(w)
    return g


g = groups(["a", "bb", "cc", "d"])
g
g[7]
g.default_factory, dict(g), isinstance(g, dict)
defaultdict(int, a=1)
defaultdict(None)["x"]
defaultdict(5)
counts = defaultdict(int)
for ch in (c for c in "mississippi"):
    counts[ch] += 1
sorted(counts.items())
c = Counter(w for w in "the cat the hat the end".split())
c
c.most_common(2)
c["nothing"], len(c)
c.update(["cat", "dog"])
c
sorted(c.elements())[:4]
Counter("aab") + Counter("bcc"), Counter("aab") - Counter("ab"), Counter("ab") | Counter("bb"), Counter("aab") & Counter("ab")
-Counter(a=-2, b=1), +Counter(a=-2, b=1)
Counter()
del c["zzz"]
c.subtract(the=3)
c
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
od.move_to_end("b")
od
od.move_to_end("c", last=False)
list(od), od.popitem(), od.popitem(last=False), od
od.keys(), od.values(), od.items()
OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1)
OrderedDict().popitem()
Point = namedtuple("Point", "x y")


def points():
    for i in range(3):
        yield Point(i, -i)


ps = list(points())
ps
ps[1].x, ps[1].y, ps[1][0], ps[2]._asdict(), ps[0]._replace(y=9)
Point._fields, Point._make([5, 6]), Point.__doc__, Point.x.__doc__
Point(1)
Point(1, 2, 3)
Point(1, x=2)
Point(1, z=2)
Point._make([1])
ps[0]._replace(z=1)
x, y = ps[2]
x, y, sum(ps[2]), max(p.x for p in ps)
Point(1, 2) == (1, 2), hash(Point(1, 2)) == hash((1, 2)), isinstance(Point(1, 2), tuple)
type(Point(1, 2)), Point
Point(1, 2).z = 3
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0])
P3(1, 2), P3._field_defaults
namedtuple("Bad", "x x")
namedtuple("Bad", "_x")
namedtuple("Bad", "class")
namedtuple("R", "x x _y", rename=True)._fields
type(od.keys()), type(deque()), type(Counter())
deque([1]).foo
type(Point.x), Point.x.__doc__
