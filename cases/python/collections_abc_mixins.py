# case: subclassing collections.abc's ABCs: the Generator mixin (__next__ from send, close
#   from throw, iter() returning self) driven by for, next, list and yield from; Iterator's
#   __iter__; Sequence's iteration, reversed, index, count and `in`; Mapping's get, keys,
#   items and ==; MutableSet's operators; and the TypeErrors of abstract classes.
# tags: python generator yield_from close throw iterator errors
from collections.abc import Generator, Iterator, Sequence, Mapping, MutableSet, Iterable


class Countdown(Generator):
    def __init__(self, n):
        self.n = n

    def send(self, value):
        print("send", value)
        if self.n <= 0:
            raise StopIteration("done")
        self.n -= 1
        return self.n

    def throw(self, typ=None, val=None, tb=None):
        print("throw", typ.__name__ if isinstance(typ, type) else type(typ).__name__)
        return super().throw(typ, val, tb)


c = Countdown(3)
next(c), next(c)
iter(c) is c
list(c)
next(c)
c = Countdown(2)
c.close()
c.send(None)


def delegate():
    r = yield from Countdown(2)
    print("returned", r)
    return r


list(delegate())
d = delegate()
next(d)
d.send("x")
try:
    d.throw(ValueError)
except ValueError as e:
    print("escaped", repr(e))
d = delegate()
next(d)
d.close()


class Stubborn(Generator):
    def send(self, v):
        return 1

    def throw(self, *a):
        return 2


try:
    Stubborn().close()
except RuntimeError as e:
    print(e)
try:
    Generator()
except TypeError as e:
    print(e)


class OnlySend(Generator):
    def send(self, v):
        return v


try:
    OnlySend()
except TypeError as e:
    print(e)
sorted(Generator.__abstractmethods__), sorted(Iterator.__abstractmethods__)


class Squares(Iterator):
    def __init__(self, n):
        self.i, self.n = 0, n

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * self.i


s = Squares(4)
iter(s) is s, list(s), list(s)
sum(Squares(3)), max(Squares(3)), list(zip(Squares(2), "ab"))


class Seq(Sequence):
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        print("getitem", i)
        return self.items[i]


q = Seq(3, 1, 3)
list(q)
list(reversed(q))
q.index(1), q.count(3), 1 in q, 7 in q
try:
    q.index(9)
except ValueError as e:
    print(repr(e))


class Map(Mapping):
    def __init__(self, **kw):
        self.d = kw

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


m = Map(a=1, b=2)
m.get("a"), m.get("z", 0), "a" in m, list(m.keys()), list(m.items()), list(m.values())
m == {"a": 1, "b": 2}, m == Map(a=1), dict(m)
m.keys()


class Bag(MutableSet):
    def __init__(self, it=()):
        self.items = []
        for x in it:
            self.add(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)

    def __repr__(self):
        return "Bag(%r)" % (self.items,)


b = Bag(x for x in range(5))
b & Bag([1, 3, 9]), b | Bag([7]), b - Bag(range(3)), b ^ Bag([0, 9])
b <= Bag(range(10)), b == Bag(range(5)), b.isdisjoint([8, 9])
b -= Bag([0, 1])
b
b.pop(), b
isinstance(b, Iterable)
