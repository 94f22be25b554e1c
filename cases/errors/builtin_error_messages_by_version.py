# case: The messages of common TypeErrors and ValueErrors around generators, per version: a
#   call's `*`/`**` argument that is not iterable / not a mapping (the callee named by
#   __name__ before 3.9, by module and qualname from 3.9, not at all from 3.15), duplicate
#   keywords, getattr()/hasattr() names (3.11), isinstance()/issubclass() arg 2 (3.10),
#   list.index (3.14), object.__new__, unpacking, arithmetic, lookups.
# tags: errors, versions, python
def gen():
    yield 1
g = gen()
def attempt(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, "|", e)
attempt(lambda: g[0])
attempt(lambda: g.foo)
attempt(lambda: g + 1)
attempt(lambda: -g)
attempt(lambda: g())
attempt(lambda: len(g))
attempt(lambda: int(g))
attempt(lambda: float("x"))
attempt(lambda: int("x"))
attempt(lambda: int("5", 1))
attempt(lambda: [1][1.5])
attempt(lambda: {}[[1]])
attempt(lambda: {[1]: 2})
attempt(lambda: set([[1]]))
attempt(lambda: hash([]))
attempt(lambda: 1 + "a")
attempt(lambda: "a" + 1)
attempt(lambda: "a" * "b")
attempt(lambda: [] * 1.5)
attempt(lambda: 1 / 0)
attempt(lambda: 1 // 0)
attempt(lambda: 1 % 0)
attempt(lambda: 1.0 / 0)
attempt(lambda: 2 ** -1 % 0)
attempt(lambda: divmod(1, 0))
attempt(lambda: undefined_name)
attempt(lambda: (lambda: x_undefined)())
def unbound():
    print(v)
    v = 1
attempt(unbound)
def unbound_gen():
    yield w
    w = 1
attempt(lambda: next(unbound_gen()))
def free():
    def inner():
        return fv
    inner_r = inner
    attempt(inner_r)
    fv = 1
free()
attempt(lambda: (1, 2)[5])
attempt(lambda: "abc".foo)
attempt(lambda: None.foo)
attempt(lambda: type.foo)
attempt(lambda: object().x)
attempt(lambda: [].append())
attempt(lambda: [].append(1, 2))
attempt(lambda: dict(1))
attempt(lambda: dict([1]))
attempt(lambda: dict([(1, 2, 3)]))
attempt(lambda: list(1))
attempt(lambda: tuple(None))
attempt(lambda: iter(1))
attempt(lambda: next(1))
attempt(lambda: sorted([1, "a"]))
attempt(lambda: max([]))
attempt(lambda: min(1))
attempt(lambda: sum(["a"]))
attempt(lambda: sum([[1]]))
attempt(lambda: "".join([1]))
attempt(lambda: ",".join(gen()))
attempt(lambda: abs("x"))
attempt(lambda: round("x"))
attempt(lambda: chr(-1))
attempt(lambda: ord("ab"))
attempt(lambda: getattr(1, 2))
attempt(lambda: setattr(1, "a", 2))
attempt(lambda: isinstance(1, 1))
attempt(lambda: issubclass(1, int))
attempt(lambda: [].index(1))
attempt(lambda: "a".index("b"))
attempt(lambda: {}.pop(1))
attempt(lambda: (yield))
a, b = 1, 2
def unpack(v):
    x, y = v
attempt(lambda: unpack(1))
attempt(lambda: unpack([1, 2, 3]))
attempt(lambda: unpack([1]))
attempt(lambda: unpack(gen()))
def star_unpack(v):
    x, *y, z = v
attempt(lambda: star_unpack([1]))
attempt(lambda: print(*1))
attempt(lambda: print(**1))
attempt(lambda: dict(**{1: 2}))
def kw(a): pass
attempt(lambda: kw(1, a=2))
attempt(lambda: kw(b=2))
attempt(lambda: kw())
attempt(lambda: kw(1, 2))
class K:
    def m(self): pass
attempt(lambda: K().m(1))
attempt(lambda: K.m())
attempt(lambda: K(1))
attempt(lambda: object.__new__(1))
attempt(lambda: super())
def f(*a, **k): pass
class C2:
    def m(self, *a, **k): pass
for thunk in [lambda: f(*1), lambda: f(**1), lambda: C2().m(*1), lambda: C2.m(1, **[]), lambda: print(*None), lambda: dict(**1), lambda: (lambda *a: a)(*1), lambda: len(*1), lambda: f(*1, **2), lambda: f(**{}, **1), lambda: f(**{'a':1}, **{'a':2}), lambda: print(**{'sep':1}, **{'sep':2}), lambda: [].sort(*1), lambda: setattr(1, 2, 3), lambda: hasattr(1, 2), lambda: delattr(1, 2), lambda: issubclass(int, 1), lambda: isinstance(1, (int, 1)), lambda: [1].remove(2), lambda: (1,).index(2)]:
    try: thunk()
    except Exception as e: print(type(e).__name__, e)
