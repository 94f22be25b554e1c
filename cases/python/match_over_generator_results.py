# case: the match statement (3.10+, PEP 634) over what generators yield and are sent:
#   literal, capture, wildcard, value, sequence (with star), mapping (with **rest), class
#   (__match_args__ and keywords), or and as patterns, guards; captures bound only on a match.
# tags: python generator send
# python: >=3.10
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

def events():
    yield 0
    yield "go"
    yield ("move", 1, 2)
    yield ["stop"]
    yield {"kind": "click", "at": Point(3, 4), "extra": 1}
    yield Point(0, 5)
    yield Point(7, 7)
    yield None
    yield True
    yield 3.5
    yield (1, 2, 3, 4, 5)
    yield {"kind": "key"}
    yield b"raw"

def describe(ev):
    match ev:
        case 0 | 1:
            return "small int"
        case "go" | "run" as verb:
            return "verb " + verb
        case ("move", x, y):
            return "move by %d,%d" % (x, y)
        case ["stop"]:
            return "stop"
        case {"kind": "click", "at": Point(x=px, y=py), **rest}:
            return "click at %d,%d rest=%r" % (px, py, rest)
        case Point(0, y):
            return "on y axis at %d" % y
        case Point(x, y) if x == y:
            return "diagonal %d" % x
        case None:
            return "none"
        case True:
            return "true"
        case float(f):
            return "float %r" % f
        case (first, *middle, last):
            return "seq %r %r %r" % (first, middle, last)
        case {"kind": k}:
            return "kind " + k
        case _:
            return "other %r" % (ev,)

for e in events():
    print(describe(e))

def gen_match():
    while True:
        got = yield
        match got:
            case [a, b]:
                yield a + b
            case {"n": n}:
                yield n * 2
            case str() as s:
                yield s.upper()
            case _:
                return "done"

g = gen_match()
next(g)
g.send([1, 2])
next(g)
g.send({"n": 21})
next(g)
g.send("abc")
next(g)
g.send(42)

match [1, 2, 3]:
    case [*_, last]:
        print("last", last)
match (1, 2, 3):
    case [first, *_]:
        print("first", first)
match {"a": 1, "b": 2}:
    case {"a": 1, **kw}:
        print(kw)
match 5:
    case x if x > 10:
        print("big")
    case x:
        print("captured", x)
print(x)
match 2:
    case 1:
        y = 1
print("y" in globals())
match [1, [2, 3]]:
    case [a, [b, c]] | [a, b, c]:
        print(a, b, c)
match (1, 2):
    case (x, 1) | (1, x):
        print("x is", x)
match "hello":
    case [*chars]:
        print("seq")
    case str(s):
        print("str", s)
