# case: match statement errors as CPython raises them (__match_args__ not a tuple or not
#   strings, too many positional sub-patterns, an attribute matched twice, a pattern that is
#   no class, errors from attribute lookups and guards), a guard that yields, captures
#   reordered across or-patterns, and the binding order the teardown shows.
# tags: python generator errors
# python: >=3.10
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class NoArgs:
    pass
class BadArgs:
    __match_args__ = ["a"]
class NotStr:
    __match_args__ = (1,)
class Dup:
    __match_args__ = ("a", "a")
    a = 1
class Loud:
    def __eq__(self, other):
        print("eq", other)
        return True
class Getter:
    pass
L = Loud()
def f(v):
    match v:
        case P(1, 2, 3):
            return "three"
        case _:
            return "no"
f(P(1, 2))
def g(v):
    match v:
        case NoArgs(1):
            return 1
g(NoArgs())
def h(v):
    match v:
        case BadArgs(1):
            return 1
h(BadArgs())
def k(v):
    match v:
        case NotStr(1):
            return 1
k(NotStr())
def d(v):
    match v:
        case Dup(1, 1):
            return 1
d(Dup())
def d2(v):
    match v:
        case Dup(1, a=1):
            return 1
d2(Dup())
def notcls(v):
    match v:
        case L.__class__.__name__.upper():
            return 1
notcls(1)
def val(v):
    class NS:
        loud = L
    match v:
        case NS.loud:
            return "matched loud"
val(3)
def nomatch(v):
    match v:
        case P(x=0):
            return "zero"
        case P(z=0):
            return "z"
        case P():
            return "any P"
nomatch(P(1, 2))
nomatch(5)
def gen():
    for v in [[1, 2], (3,), [], {"a": 1}, {}, "x", range(2), P(1, 1)]:
        match v:
            case []:
                yield "empty seq"
            case {}:
                yield "mapping"
            case [x]:
                yield ("one", x)
            case [x, y]:
                yield ("two", x, y)
            case P(x, y) if (yield "guard"):
                yield "guarded"
            case _:
                yield "other"
list(gen())
gg = gen()
for i in range(8):
    gg.send(None) if i else next(gg)
gg.send(True)
next(gg)
def ex(v):
    try:
        match v:
            case {"a": P(x, y)}:
                return x
    except Exception as e:
        return repr(e)
ex({"a": 1})
def boom():
    raise ValueError("boom")
class Bad:
    @property
    def x(self):
        raise KeyError("x")
def ex2(v):
    match v:
        case Bad(x=1):
            return 1
ex2(Bad())
def ex3(v):
    match v:
        case {"k": _} if boom():
            return 1
ex3({"k": 2})
def capture_order():
    match (1, 2, {"k": 3}):
        case (b, a, {"k": c}):
            return (a, b, c)
capture_order()
match (10, 20):
    case (zz, yy):
        pass
match {"q": 1}:
    case {"q": qq, **rr}:
        pass
def f(v):
    match v:
        case [(a, b) | (b, a), *c] | [c, a, b]:
            return a, b, c
print(f([(1, 2), 3, 4]))
print(f([[5, 6]]))
print(f([7, 8, 9]))
match [3]:
    case [1 | 2 | 3 as n] | [n]:
        print(n)
