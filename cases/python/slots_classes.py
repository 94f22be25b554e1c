# case: __slots__: member descriptors on the class, no instance __dict__ or weak references
#   unless slotted in, unset-slot and new-attribute AttributeErrors per version, inheritance,
#   private-name mangling, and the errors of bad or conflicting slots.
# tags: python errors generator
import weakref


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __iter__(self):
        yield self.x
        yield self.y


def points(n):
    for i in range(n):
        yield Point(i, i * i)


[tuple(p) for p in points(4)]
p = Point(1, 2)
p.x, p.y
Point.x
type(Point.x).__name__
Point.x.__name__, Point.x.__objclass__
"x" in Point.__dict__, "__dict__" in Point.__dict__, Point.__dict__["y"]
p.z = 3
p.__dict__
vars(p)
hasattr(p, "__dict__")
weakref.ref(p)
del p.y
p.y
del p.y
list(p)


class Bare:
    __slots__ = ("a",)


b = Bare()
b.a
b.a = 1
b.a


class Child(Point):
    pass


c = Child(5, 6)
c.extra = "yes"
c.__dict__
list(c)
weakref.ref(c)() is c
"__dict__" in Child.__dict__, "__weakref__" in Child.__dict__
Child.__dict__["__dict__"], Child.__weakref__


class Narrow(Point):
    __slots__ = ("z",)


n = Narrow(1, 2)
n.z = 3
list(n), n.z
n.w = 4
Narrow.__slots__


class WithDict:
    __slots__ = ("a", "__dict__", "__weakref__")


w = WithDict()
w.a = 1
w.b = 2
w.__dict__
weakref.ref(w)() is w
WithDict.__dict__["__weakref__"], "a" in WithDict.__dict__


class Private:
    __slots__ = ("__secret", "visible")



"_Private__secret" in Private.__dict__, "__secret" in Private.__dict__
Private._Private__secret
pv = Private()
pv._Private__secret = "s"
pv._Private__secret


class Single:
    __slots__ = "only"


Single.__slots__
Single.only


class Documented:
    __slots__ = {"a": "the a slot", "b": None}


Documented.a.__doc__, Documented.b.__doc__


class Fallback:
    __slots__ = ("v",)

    def __getattr__(self, name):
        return "fallback " + name


Fallback().v
Fallback().other


class Conflict:
    __slots__ = ("x",)
    x = 1


class BadName:
    __slots__ = ("1x",)


class BadType:
    __slots__ = (1,)


class NotIterable:
    __slots__ = 5


class TwoDicts:
    __slots__ = ("__dict__", "__dict__")


class DictAgain(Child):
    __slots__ = ("__dict__",)


class WeakAgain(Child):
    __slots__ = ("__weakref__",)


class A:
    __slots__ = ("a",)


class B:
    __slots__ = ("b",)


class AB(A, B):
    pass


class Mixin:
    __slots__ = ()


class AM(A, Mixin):
    __slots__ = ("m",)


am = AM()
am.a, am.m = 1, 2
am.a, am.m
am.q = 1
Point.x.__get__(p), Point.x.__get__(None, Point)
Point.x.__get__(5)
Point.x.__set__(5, 1)
Point.x.__set__(p, 10)
p.x
