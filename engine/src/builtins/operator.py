# The engine's `operator`: the function forms of the operators and itemgetter, attrgetter and
# methodcaller, in the Python the engine runs. Other names of CPython's operator are
# unsupported.
def index(a):
    return _index(a)


def lt(a, b):
    return a < b


def le(a, b):
    return a <= b


def eq(a, b):
    return a == b


def ne(a, b):
    return a != b


def ge(a, b):
    return a >= b


def gt(a, b):
    return a > b


def not_(a):
    return not a


def truth(a):
    return True if a else False


def is_(a, b):
    return a is b


def is_not(a, b):
    return a is not b


def add(a, b):
    return a + b


def and_(a, b):
    return a & b


def floordiv(a, b):
    return a // b


def inv(a):
    return ~a


invert = inv


def lshift(a, b):
    return a << b


def mod(a, b):
    return a % b


def mul(a, b):
    return a * b


def matmul(a, b):
    return a @ b


def neg(a):
    return -a


def or_(a, b):
    return a | b


def pos(a):
    return +a


def pow(a, b):
    return a ** b


def rshift(a, b):
    return a >> b


def sub(a, b):
    return a - b


def truediv(a, b):
    return a / b


def xor(a, b):
    return a ^ b


def contains(a, b):
    return b in a


def countOf(a, b):
    return sum(1 for x in a if x is b or x == b)


def getitem(a, b):
    return a[b]


def setitem(a, b, c):
    a[b] = c


def delitem(a, b):
    del a[b]


def iadd(a, b):
    a += b
    return a


def isub(a, b):
    a -= b
    return a


def imul(a, b):
    a *= b
    return a


class itemgetter:
    __module__ = "operator"

    def __init__(self, item, *items):
        self._items = (item,) + items

    def __call__(self, obj):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[i] for i in self._items)

    def __repr__(self):
        return "operator.itemgetter(%s)" % ", ".join(map(repr, self._items))


class attrgetter:
    __module__ = "operator"

    def __init__(self, attr, *attrs):
        self._attrs = (attr,) + attrs

    def _get(self, obj, attr):
        for name in attr.split("."):
            obj = getattr(obj, name)
        return obj

    def __call__(self, obj):
        if len(self._attrs) == 1:
            return self._get(obj, self._attrs[0])
        return tuple(self._get(obj, a) for a in self._attrs)

    def __repr__(self):
        return "operator.attrgetter(%s)" % ", ".join(map(repr, self._attrs))


class methodcaller:
    __module__ = "operator"

    def __init__(self, name, *args, **kwargs):
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)


_missing = object()


def length_hint(obj, default=0):
    # PyObject_LengthHint: len() when the type has one (a TypeError from it falls through),
    # else the type's __length_hint__ (NotImplemented: the default).
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(default).__name__)
    cls = type(obj)
    if getattr(cls, "__len__", _missing) is not _missing:
        try:
            return len(obj)
        except TypeError:
            pass
    if cls.__module__ == "builtins":
        # The engine's built-in iterators answer it on the object (their type does not list
        # its methods); a built-in type's instances have no attributes of their own.
        hint = getattr(obj, "__length_hint__", _missing)
        if hint is _missing:
            return default
        result = hint()
    else:
        hint = getattr(cls, "__length_hint__", _missing)
        if hint is _missing:
            return default
        result = hint(obj)
    if result is NotImplemented:
        return default
    if not isinstance(result, int):
        raise TypeError("__length_hint__ must be an integer, not %s" % type(result).__name__)
    if result < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return result
